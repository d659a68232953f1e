package io.migrate.demo;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /departments}: {@code {"id", "name", "location"}}.
 */
@RestController
@RequestMapping("/departments")
public class DepartmentController {

	private final DepartmentRepository departments;

	DepartmentController(DepartmentRepository departments) {
		this.departments = departments;
	}

	/** @return every department */
	@GetMapping
	public List<Department> list() {
		return this.departments.findAll();
	}

	/** @return the department added (201); 400 naming the field that is not acceptable */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Department add(@RequestBody Department.New department) {
		department.validate();
		return this.departments.add(department);
	}

}
