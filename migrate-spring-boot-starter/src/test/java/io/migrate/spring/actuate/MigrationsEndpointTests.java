package io.migrate.spring.actuate;

import java.nio.file.Path;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.migrate.MigrateConfig;
import io.migrate.Migrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's operations called directly, with a given caller.
 */
class MigrationsEndpointTests {

	private static final SecurityContext ADMIN = caller("admin", "MIGRATE_ADMIN");

	private static final SecurityContext VIEWER = caller("viewer", "VIEWER");

	@TempDir
	Path temp;

	private Migrator migrator;

	private MigrationsEndpoint endpoint;

	@BeforeEach
	void setUp() {
		String url = "jdbc:sqlite:" + this.temp.resolve("app.db");
		this.migrator = Migrator.create(MigrateConfig.builder()
			.connectionFactory(() -> java.sql.DriverManager.getConnection(url))
			.build());
		this.endpoint = new MigrationsEndpoint(this.migrator, "head", "MIGRATE_ADMIN", Duration.ZERO);
	}

	@Test
	void anAnonymousWriteIsForbiddenAndRunsNothing() {
		WebEndpointResponse<Map<String, Object>> response = this.endpoint.migrate(SecurityContext.NONE, "upgrade",
				"head", null, null);
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getBody()).containsKey("error");
		assertThat(response.getBody().get("error").toString()).contains("MIGRATE_ADMIN");
	}

	@Test
	void aWriteWithoutTheRoleIsForbidden() {
		assertThat(this.endpoint.migrate(VIEWER, "downgrade", "base", null, null).getStatus()).isEqualTo(403);
		assertThat(this.endpoint.migrate(VIEWER, "upgrade", "head", true, null).getStatus()).isEqualTo(403);
	}

	@Test
	void anUnknownOperationIsNotFound() {
		assertThat(this.endpoint.migrate(ADMIN, "stamp", "head", null, null).getStatus()).isEqualTo(404);
	}

	@Test
	void aDowngradeWithoutATargetIsABadRequest() {
		assertThat(this.endpoint.migrate(ADMIN, "downgrade", null, null, null).getStatus()).isEqualTo(400);
	}

	@Test
	void anUpgradeRunsAndRecordsTheCallerAsWhoAppliedIt() {
		WebEndpointResponse<Map<String, Object>> response = this.endpoint.migrate(ADMIN, "upgrade", null, null, null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getBody()).containsEntry("from", List.of()).containsEntry("to", List.of("bbb222"));
		assertThat((List<?>) response.getBody().get("steps")).hasSize(2);
		assertThat(this.migrator.appliedHistory(10)).allSatisfy((row) -> assertThat(row.appliedBy()).isEqualTo("admin"));
	}

	@Test
	void aDryRunReturnsThePlanWithItsSqlAndRunsNothing() {
		Map<String, Object> plan = this.endpoint.migrate(ADMIN, "upgrade", "head", true, null).getBody();
		assertThat(plan).containsEntry("to", List.of("bbb222")).containsKey("planId");
		assertThat((List<Map<String, Object>>) plan.get("steps")).extracting((step) -> step.get("revision"))
			.containsExactly("aaa111", "bbb222");
		assertThat(plan.get("steps").toString()).contains("CREATE TABLE department");
		assertThat(this.migrator.current()).isEmpty();
	}

	@Test
	void aConfirmedPlanRunsOnceAndThenConflicts() {
		this.endpoint.migrate(ADMIN, "upgrade", "head", null, null);
		String planId = (String) this.endpoint.migrate(ADMIN, "downgrade", "-1", true, null).getBody().get("planId");
		assertThat(this.endpoint.migrate(ADMIN, "downgrade", "-1", null, planId).getStatus()).isEqualTo(200);
		WebEndpointResponse<Map<String, Object>> again = this.endpoint.migrate(ADMIN, "downgrade", "-1", null, planId);
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(this.migrator.current()).containsExactly("aaa111");
	}

	@Test
	void aBadTargetIsABadRequestWithTheMessage() {
		WebEndpointResponse<Map<String, Object>> response = this.endpoint.migrate(ADMIN, "upgrade", "nosuchrev", null,
				null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody().get("error").toString()).contains("nosuchrev");
	}

	@Test
	void theReadShowsCurrentPendingRevisionsAndHistory() {
		this.endpoint.migrate(ADMIN, "upgrade", "aaa111", null, null);
		Map<String, Object> json = this.endpoint.migrations(null);
		assertThat(json).containsOnlyKeys("current", "heads", "target", "pending", "revisions", "history");
		assertThat(json).containsEntry("current", List.of("aaa111"))
			.containsEntry("heads", List.of("bbb222"))
			.containsEntry("target", "head");
		assertThat((List<Map<String, Object>>) json.get("pending")).extracting((revision) -> revision.get("id"))
			.containsExactly("bbb222");
		assertThat((List<Map<String, Object>>) json.get("revisions"))
			.extracting((revision) -> revision.get("id") + "=" + revision.get("applied"))
			.containsExactlyInAnyOrder("aaa111=true", "bbb222=false");
		List<Map<String, Object>> history = (List<Map<String, Object>>) json.get("history");
		assertThat(history).hasSize(1);
		assertThat(history.get(0).keySet()).containsExactly("revision", "direction", "versionsBefore", "versionsAfter",
				"message", "checksum", "appliedAt", "appliedBy", "durationMs", "success", "error");
		assertThat(history.get(0)).containsEntry("revision", "aaa111").containsEntry("appliedBy", "admin");
	}

	@Test
	void theReadReturnsAsManyHistoryRowsAsAsked() {
		this.endpoint.migrate(ADMIN, "upgrade", "head", null, null);
		assertThat((List<?>) this.endpoint.migrations(1).get("history")).hasSize(1);
		assertThat((List<?>) this.endpoint.migrations(null).get("history")).hasSize(2);
	}

	static SecurityContext caller(String name, String... roles) {
		Set<String> granted = Set.of(roles);
		Principal principal = () -> name;
		return new SecurityContext() {

			@Override
			public Principal getPrincipal() {
				return principal;
			}

			@Override
			public boolean isUserInRole(String role) {
				return granted.contains(role);
			}

		};
	}

}
