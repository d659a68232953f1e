package io.migrate.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flask-Migrate tutorial replayed over HTTP, in order: the app starts at head, data goes in,
 * the fifth revision (department_id) and then "rename address" are downgraded (the second with a
 * dry run and its planId), a repeat of that plan conflicts, and an upgrade to head brings the app
 * back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { DemoHttp.ADMIN_PASSWORD_PROPERTY, DemoHttp.VIEWER_PASSWORD_PROPERTY })
@AutoConfigureRestTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TutorialReplayTests {

	static final String HEAD = "a3c9e2f1d7b4";

	static final String RENAME_ADDRESS = "76f31678b786";

	static final String RENAME_DEPARTMENT = "1694ecedb24d";

	@TempDir
	static Path folder;

	static String planId;

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
	@Order(1)
	void theAppStartsWithItsFiveRevisionsApplied() {
		this.http.get("viewer", "/actuator/migrations")
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.current").isEqualTo(List.of(HEAD))
			.jsonPath("$.heads").isEqualTo(List.of(HEAD))
			.jsonPath("$.pending.length()").isEqualTo(0)
			.jsonPath("$.revisions.length()").isEqualTo(5)
			.jsonPath("$.history.length()").isEqualTo(5);
	}

	@Test
	@Order(2)
	void anAdminAddsDepartmentsAndEmployees() {
		this.http.post("admin", "/departments", "{\"name\": \"Sales\", \"location\": \"Paris\"}")
			.expectStatus().isCreated()
			.expectBody().json("{\"id\": 1, \"name\": \"Sales\", \"location\": \"Paris\"}");
		this.http.post("admin", "/departments", "{\"name\": \"Engineering\", \"location\": \"Berlin\"}")
			.expectStatus().isCreated();
		this.http.post("admin", "/employees", "{\"name\": \"Ada\", \"salary\": 5000, \"departmentId\": 2}")
			.expectStatus().isCreated()
			.expectBody().json("{\"id\": 1, \"name\": \"Ada\", \"salary\": 5000, \"departmentId\": 2,"
					+ " \"department\": {\"id\": 2, \"name\": \"Engineering\"}}");
		this.http.post("admin", "/employees", "{\"name\": \"Grace\", \"salary\": 4000}").expectStatus().isCreated();
		this.http.get("viewer", "/employees")
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[0].department.name").isEqualTo("Engineering")
			.jsonPath("$[1].name").isEqualTo("Grace")
			.jsonPath("$[1].department").isEmpty();
	}

	@Test
	@Order(3)
	void downgradingOneStepRemovesTheDepartmentOfEmployees() {
		this.http.migrate("admin", "downgrade", "{\"target\": \"-1\"}")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.to").isEqualTo(List.of(RENAME_ADDRESS));
		assertThat(columns("employees")).containsExactly("id", "name", "salary");
		assertThat(this.jdbc.sql("SELECT name FROM employees ORDER BY id").query(String.class).list())
			.containsExactly("Ada", "Grace");
	}

	@Test
	@Order(4)
	void theApiSaysTheDatabaseIsNotAtTheSchemaItExpects() {
		this.http.get("viewer", "/employees")
			.expectStatus().isEqualTo(503)
			.expectBody()
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail)
				.contains("not at the schema this app expects", RENAME_ADDRESS, HEAD, "/actuator/migrations/upgrade"));
	}

	@Test
	@Order(5)
	void aDryRunOfTheNextDowngradeGivesThePlanAndChangesNothing() {
		Map<?, ?> plan = this.http.migrate("admin", "downgrade", "{\"target\": \"-1\", \"dryRun\": true}")
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(plan.get("to")).isEqualTo(List.of(RENAME_DEPARTMENT));
		assertThat(plan.get("steps").toString()).contains("RENAME COLUMN location TO address");
		assertThat(plan.get("planId")).isInstanceOf(String.class);
		planId = (String) plan.get("planId");
		assertThat(columns("departments")).contains("location");
	}

	@Test
	@Order(6)
	void theDowngradeWithThePlanIdBringsAddressBackWithTheData() {
		this.http.migrate("admin", "downgrade", "{\"target\": \"-1\", \"planId\": \"" + planId + "\"}")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.to").isEqualTo(List.of(RENAME_DEPARTMENT));
		assertThat(columns("departments")).containsExactly("id", "name", "address");
		assertThat(this.jdbc.sql("SELECT address FROM departments ORDER BY id").query(String.class).list())
			.containsExactly("Paris", "Berlin");
	}

	@Test
	@Order(7)
	void theSamePlanIdAgainIsAConflictAndRunsNothing() {
		this.http.migrate("admin", "downgrade", "{\"target\": \"-1\", \"planId\": \"" + planId + "\"}")
			.expectStatus().isEqualTo(409);
		this.http.get("viewer", "/actuator/migrations")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.current").isEqualTo(List.of(RENAME_DEPARTMENT));
	}

	@Test
	@Order(8)
	void anAnonymousCallerIsUnauthorizedAndTheViewerForbidden() {
		this.http.migrate(null, "upgrade", "{\"target\": \"head\"}").expectStatus().isUnauthorized();
		this.http.migrate("viewer", "upgrade", "{\"target\": \"head\"}").expectStatus().isForbidden();
		assertThat(columns("departments")).contains("address");
	}

	@Test
	@Order(9)
	void anUpgradeToHeadAndTheAppServesDepartmentsAgain() {
		this.http.migrate("admin", "upgrade", "{\"target\": \"head\"}")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.to").isEqualTo(List.of(HEAD));
		this.http.get("viewer", "/departments")
			.expectStatus().isOk()
			.expectBody().json("[{\"id\": 1, \"name\": \"Sales\", \"location\": \"Paris\"},"
					+ " {\"id\": 2, \"name\": \"Engineering\", \"location\": \"Berlin\"}]");
		this.http.get("viewer", "/employees")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[0].departmentId").isEmpty();
	}

	@Test
	@Order(10)
	void theHistoryNamesTheAdminForEveryStepThroughTheEndpoint() {
		this.http.get("admin", "/actuator/migrations")
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.history[0].appliedBy").isEqualTo("admin")
			.jsonPath("$.history[0].direction").isEqualTo("upgrade")
			.jsonPath("$.history[2].direction").isEqualTo("downgrade")
			.jsonPath("$.history[2].revision").isEqualTo(RENAME_ADDRESS);
	}

	private List<String> columns(String table) {
		return this.jdbc.sql("SELECT name FROM pragma_table_info(:table) ORDER BY cid")
			.param("table", table)
			.query(String.class)
			.list();
	}

}
