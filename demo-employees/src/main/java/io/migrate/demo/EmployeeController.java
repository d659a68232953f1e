package io.migrate.demo;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /employees}: {@code {"id", "name", "salary", "departmentId", "department": {"id", "name"}}}.
 */
@RestController
@RequestMapping("/employees")
public class EmployeeController {

	private final EmployeeRepository employees;

	private final DepartmentRepository departments;

	EmployeeController(EmployeeRepository employees, DepartmentRepository departments) {
		this.employees = employees;
		this.departments = departments;
	}

	/** @return every employee */
	@GetMapping
	public List<Employee> list() {
		return this.employees.findAll();
	}

	/** @return the employee, or 404 */
	@GetMapping("/{id}")
	public Employee get(@PathVariable long id) {
		return this.employees.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no employee with id " + id));
	}

	/** @return 201 with the employee added; 400 naming the field that is not acceptable */
	@PostMapping
	public ResponseEntity<Employee> add(@RequestBody Employee.New employee) {
		employee.validate();
		if (employee.departmentId() != null && !this.departments.exists(employee.departmentId())) {
			throw new InvalidInputException("departmentId", "there is no department with id " + employee.departmentId());
		}
		Employee added = this.employees.add(employee);
		return ResponseEntity.created(URI.create("/employees/" + added.id())).body(added);
	}

}
