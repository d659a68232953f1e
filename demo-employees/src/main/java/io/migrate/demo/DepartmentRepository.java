package io.migrate.demo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code departments} table.
 */
@Repository
public class DepartmentRepository {

	private final JdbcClient jdbc;

	DepartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return every department, by id */
	public List<Department> findAll() {
		return this.jdbc.sql("SELECT id, name, location FROM departments ORDER BY id").query(Department.class).list();
	}

	/** @return whether a department has this id */
	public boolean exists(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM departments WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	/** @return the department added */
	public Department add(Department.New department) {
		// The tutorial's "id INTEGER PRIMARY KEY" numbers rows by itself only on SQLite.
		long id = this.jdbc
			.sql("INSERT INTO departments (id, name, location) VALUES "
					+ "((SELECT COALESCE(MAX(id), 0) + 1 FROM departments), :name, :location) RETURNING id")
			.param("name", department.name())
			.param("location", department.location())
			.query(Long.class)
			.single();
		return new Department(id, department.name(), department.location());
	}

}
