package io.migrate.demo;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The demo on PostgreSQL and MariaDB (only the URL changes): it migrates a fresh database to
 * head, numbers rows itself, checks departments, and goes down to {@code address} and back.
 */
class ServerDatabasesTests {

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb" })
	void theTutorialRunsOnADatabaseServer(String kind) {
		try (ServerDatabase database = ServerDatabase.create(kind);
				ConfigurableApplicationContext app = new SpringApplicationBuilder(DemoApplication.class).run(
						"--spring.datasource.url=" + database.url(), "--server.port=0",
						"--" + DemoHttp.ADMIN_PASSWORD_PROPERTY, "--" + DemoHttp.VIEWER_PASSWORD_PROPERTY)) {
			String port = app.getEnvironment().getProperty("local.server.port");
			DemoHttp http = new DemoHttp(RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build());
			http.get("viewer", "/actuator/migrations")
				.expectBody().jsonPath("$.current").isEqualTo(List.of(TutorialReplayTests.HEAD));
			http.post("admin", "/departments", "{\"name\": \"Sales\", \"location\": \"Paris\"}").expectStatus().isCreated();
			http.post("admin", "/departments", "{\"name\": \"Support\"}")
				.expectStatus().isCreated()
				.expectBody().jsonPath("$.id").isEqualTo(2);
			http.post("admin", "/employees", "{\"name\": \"Ada\", \"departmentId\": 2}")
				.expectStatus().isCreated()
				.expectBody().jsonPath("$.department.name").isEqualTo("Support");
			http.post("admin", "/employees", "{\"name\": \"Ada\", \"departmentId\": 3}").expectStatus().isBadRequest();
			http.migrate("admin", "downgrade", "{\"target\": \"" + TutorialReplayTests.RENAME_DEPARTMENT + "\"}")
				.expectStatus().isOk();
			http.get("viewer", "/departments").expectStatus().isEqualTo(503);
			http.migrate("admin", "upgrade", "{\"target\": \"head\"}").expectStatus().isOk();
			http.get("viewer", "/departments")
				.expectStatus().isOk()
				.expectBody().jsonPath("$[0].location").isEqualTo("Paris");
		}
	}

}
