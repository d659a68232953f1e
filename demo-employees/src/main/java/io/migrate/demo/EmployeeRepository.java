package io.migrate.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code employees} table, joined with {@code departments} for the department's name.
 */
@Repository
public class EmployeeRepository {

	private static final String SELECT = "SELECT e.id, e.name, e.salary, e.department_id, d.name AS department_name"
			+ " FROM employees e LEFT JOIN departments d ON d.id = e.department_id";

	private final JdbcClient jdbc;

	EmployeeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return every employee, by id */
	public List<Employee> findAll() {
		return this.jdbc.sql(SELECT + " ORDER BY e.id").query(EmployeeRepository::employee).list();
	}

	/** @return the employee with this id */
	public Optional<Employee> findById(long id) {
		return this.jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(EmployeeRepository::employee).optional();
	}

	/** @return the employee added */
	public Employee add(Employee.New employee) {
		// The tutorial's "id INTEGER PRIMARY KEY" numbers rows by itself only on SQLite.
		long id = this.jdbc
			.sql("INSERT INTO employees (id, name, salary, department_id) VALUES "
					+ "((SELECT COALESCE(MAX(id), 0) + 1 FROM employees), :name, :salary, :departmentId) RETURNING id")
			.param("name", employee.name())
			.param("salary", employee.salary())
			.param("departmentId", employee.departmentId())
			.query(Long.class)
			.single();
		return findById(id).orElseThrow();
	}

	private static Employee employee(ResultSet row, int rowNumber) throws SQLException {
		Integer salary = row.getInt("salary");
		salary = row.wasNull() ? null : salary;
		Long departmentId = row.getLong("department_id");
		departmentId = row.wasNull() ? null : departmentId;
		Employee.DepartmentRef department = (departmentId != null)
				? new Employee.DepartmentRef(departmentId, row.getString("department_name")) : null;
		return new Employee(row.getLong("id"), row.getString("name"), salary, departmentId, department);
	}

}
