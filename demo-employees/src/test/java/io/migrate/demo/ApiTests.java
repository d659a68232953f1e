package io.migrate.demo;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API's shapes: employees with their department, departments with their location.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { DemoHttp.ADMIN_PASSWORD_PROPERTY, DemoHttp.VIEWER_PASSWORD_PROPERTY })
@AutoConfigureRestTestClient
class ApiTests {

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DemoHttp.sqlite(registry, folder);
	}

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	DemoHttp http;

	@BeforeEach
	void http() {
		this.http = new DemoHttp(this.client);
	}

	@Test
	void anAddedEmployeeIsCreatedAtItsOwnAddressWithItsDepartment() {
		long department = this.http.post("admin", "/departments", "{\"name\": \"Research\", \"location\": \"Lyon\"}")
			.expectStatus().isCreated()
			.expectBody(Department.class).returnResult().getResponseBody().id();
		String location = this.http
			.post("admin", "/employees", "{\"name\": \"Edsger\", \"salary\": 100, \"departmentId\": " + department + "}")
			.expectStatus().isCreated()
			.returnResult().getResponseHeaders().getFirst(HttpHeaders.LOCATION);
		this.http.get("viewer", location)
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.name").isEqualTo("Edsger")
			.jsonPath("$.salary").isEqualTo(100)
			.jsonPath("$.departmentId").isEqualTo(department)
			.jsonPath("$.department.id").isEqualTo(department)
			.jsonPath("$.department.name").isEqualTo("Research");
	}

	@Test
	void anEmployeeNeedsOnlyAName() {
		this.http.post("admin", "/employees", "{\"name\": \"Barbara\"}")
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.salary").isEmpty()
			.jsonPath("$.departmentId").isEmpty()
			.jsonPath("$.department").isEmpty();
	}

	@Test
	void anUnknownEmployeeIsNotFound() {
		this.http.get("viewer", "/employees/999")
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("There is no employee with id 999");
	}

	@Test
	void theDatabaseEnforcesTheForeignKeyOfTheFifthRevision() {
		assertThat(this.jdbc.sql("SELECT \"table\" || '.' || \"to\" FROM pragma_foreign_key_list('employees')")
			.query(String.class)
			.list()).containsExactly("departments.id");
		assertThat(this.jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
	}

}
