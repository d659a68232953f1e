package io.migrate.demo;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets 400 with a problem detail that names the field and the problem, and nothing is
 * stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { DemoHttp.ADMIN_PASSWORD_PROPERTY, DemoHttp.VIEWER_PASSWORD_PROPERTY })
@AutoConfigureRestTestClient
class ValidationTests {

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DemoHttp.sqlite(registry, folder);
	}

	@Autowired
	RestTestClient client;

	DemoHttp http;

	@BeforeEach
	void http() {
		this.http = new DemoHttp(this.client);
	}

	@Test
	void anEmployeeWithABlankNameIsRefused() {
		assertBadRequest(this.http.post("admin", "/employees", "{\"name\": \"  \", \"salary\": 10}"), "name",
				"must not be blank");
	}

	@Test
	void anEmployeeWithoutANameIsRefused() {
		assertBadRequest(this.http.post("admin", "/employees", "{\"salary\": 10}"), "name", "must not be blank");
	}

	@Test
	void anEmployeeWithANegativeSalaryIsRefused() {
		assertBadRequest(this.http.post("admin", "/employees", "{\"name\": \"Ada\", \"salary\": -1}"), "salary",
				"must not be negative");
	}

	@Test
	void anEmployeeInADepartmentThatDoesNotExistIsRefused() {
		assertBadRequest(this.http.post("admin", "/employees", "{\"name\": \"Ada\", \"departmentId\": 42}"),
				"departmentId", "there is no department with id 42");
	}

	@Test
	void aSalaryThatIsNotANumberIsRefused() {
		assertBadRequest(this.http.post("admin", "/employees", "{\"name\": \"Ada\", \"salary\": \"lots\"}"), "salary",
				"lots");
	}

	@Test
	void aDepartmentWithANameLongerThanTheColumnIsRefused() {
		assertBadRequest(this.http.post("admin", "/departments", "{\"name\": \"" + "x".repeat(101) + "\"}"), "name",
				"at most 100 characters");
	}

	@Test
	void aDepartmentWithABlankNameIsRefused() {
		assertBadRequest(this.http.post("admin", "/departments", "{\"name\": \"\", \"location\": \"Paris\"}"), "name",
				"must not be blank");
	}

	@Test
	void aBodyThatIsNotJsonIsRefused() {
		this.http.post("admin", "/departments", "{\"name\": \"Sales\"")
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Invalid input")
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("not a JSON object"));
	}

	@Test
	void aRequestWithoutABodyIsRefused() {
		this.http.post("admin", "/employees", "")
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.title").isEqualTo("Invalid input");
	}

	private void assertBadRequest(ResponseSpec response, String field, String problem) {
		response.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field").isEqualTo(field)
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).startsWith(field + ": ")
				.contains(problem));
		this.http.get("viewer", "/employees").expectBody().json("[]");
		this.http.get("viewer", "/departments").expectBody().json("[]");
	}

}
