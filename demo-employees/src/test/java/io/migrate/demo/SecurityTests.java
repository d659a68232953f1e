package io.migrate.demo;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what: health is public, reading needs a user, adding data needs {@code admin} and a
 * CSRF token, migrating needs {@code MIGRATE_ADMIN} and no CSRF token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { DemoHttp.ADMIN_PASSWORD_PROPERTY, DemoHttp.VIEWER_PASSWORD_PROPERTY })
@AutoConfigureRestTestClient
class SecurityTests {

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
	void healthAndReadinessArePublicAndReadinessIncludesMigrations() {
		this.http.get(null, "/actuator/health").expectStatus().isOk();
		this.http.get(null, "/actuator/health/readiness")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.components.migrations.status").isEqualTo("UP");
	}

	@Test
	void anAnonymousCallerGets401WithABasicChallengeNotALoginPage() {
		this.http.get(null, "/employees")
			.expectStatus().isUnauthorized()
			.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, (value) -> assertThat(value).startsWith("Basic"));
		this.http.get(null, "/actuator/migrations").expectStatus().isUnauthorized();
		this.http.migrate(null, "downgrade", "{\"target\": \"-1\", \"dryRun\": true}").expectStatus().isUnauthorized();
	}

	@Test
	void aWrongPasswordGets401() {
		this.client.get()
			.uri("/departments")
			.headers((headers) -> headers.setBasicAuth("admin", "not-the-password"))
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void theViewerReadsTheApiAndTheMigrationsEndpoint() {
		this.http.get("viewer", "/departments").expectStatus().isOk();
		this.http.get("viewer", "/employees").expectStatus().isOk();
		this.http.get("viewer", "/actuator/migrations").expectStatus().isOk();
	}

	@Test
	void theViewerCannotAddDataAndIsToldWhy() {
		this.http.post("viewer", "/departments", "{\"name\": \"Sales\"}")
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("ADMIN"));
		this.http.get("viewer", "/departments").expectBody().json("[]");
	}

	@Test
	void theViewerCannotMigrateAndTheEndpointSaysWhichRoleItNeeds() {
		this.http.migrate("viewer", "downgrade", "{\"target\": \"-1\"}")
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.error").value(String.class, (error) -> assertThat(error).contains("MIGRATE_ADMIN"));
		this.http.get("viewer", "/actuator/migrations")
			.expectBody().jsonPath("$.current").isEqualTo(List.of(TutorialReplayTests.HEAD));
	}

	@Test
	void anyGetSetsTheCsrfCookieReadableByScripts() {
		this.http.get("viewer", "/departments")
			.expectCookie().exists("XSRF-TOKEN")
			.expectCookie().httpOnly("XSRF-TOKEN", false);
	}

	@Test
	void anApiPostWithoutACsrfTokenIsRefusedWithHowToSendIt() {
		this.http.postWithoutCsrf("admin", "/departments", "{\"name\": \"Sales\"}")
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail)
				.contains("CSRF token", "XSRF-TOKEN cookie", "X-XSRF-TOKEN header"));
	}

	@Test
	void anApiPostWithAHeaderThatDoesNotMatchTheCookieIsRefused() {
		this.client.post()
			.uri("/departments")
			.headers((headers) -> headers.setBasicAuth("admin", DemoHttp.ADMIN_PASSWORD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Sales\"}")
			.cookie("XSRF-TOKEN", this.http.csrfToken())
			.header("X-XSRF-TOKEN", "forged")
			.exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("CSRF"));
	}

	@Test
	void theAdminAddsDataWithTheCsrfTokenFromAGet() {
		this.http.post("admin", "/departments", "{\"name\": \"Sales\"}").expectStatus().isCreated();
	}

	@Test
	void theMigrationsEndpointNeedsNoCsrfToken() {
		this.http.migrate("admin", "downgrade", "{\"target\": \"-1\", \"dryRun\": true}")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.planId").isNotEmpty();
	}

}
