package io.migrate.spring.actuate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.migrate.Migrator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint over HTTP with Spring Security: an admin with {@code MIGRATE_ADMIN} and a viewer
 * without it. Every test leaves the database at head.
 */
@SpringBootTest(classes = MigrationsEndpointHttpTests.SecuredApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,migrations",
				"management.endpoint.migrations.access=unrestricted",
				"management.endpoint.health.group.readiness.include=readinessState,migrations",
				"management.endpoint.health.group.readiness.show-components=always" })
@AutoConfigureRestTestClient
class MigrationsEndpointHttpTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("migrate-http");
		registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + folder.resolve("app.db"));
	}

	@Autowired
	RestTestClient client;

	@Autowired
	Migrator migrator;

	@Test
	void anAnonymousCallerIsUnauthorized() {
		this.client.get().uri("/actuator/migrations").exchange().expectStatus().isUnauthorized();
		post(null, "downgrade", "{\"target\": \"base\"}").expectStatus().isUnauthorized();
		assertThat(this.migrator.current()).containsExactly("bbb222");
	}

	@Test
	void theHealthIndicatorCanJoinTheReadinessGroup() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.migrations.status")
			.isEqualTo("UP");
	}

	@Test
	void aViewerCanReadButNotMigrate() {
		get("viewer").expectStatus().isOk().expectBody().jsonPath("$.current[0]").isEqualTo("bbb222");
		post("viewer", "downgrade", "{\"target\": \"base\"}").expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error")
			.value(String.class, (error) -> assertThat(error).contains("MIGRATE_ADMIN"));
		assertThat(this.migrator.current()).containsExactly("bbb222");
	}

	@Test
	void anAdminReadsTheState() {
		get("admin").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.current[0]").isEqualTo("bbb222")
			.jsonPath("$.heads[0]").isEqualTo("bbb222")
			.jsonPath("$.target").isEqualTo("head")
			.jsonPath("$.pending.length()").isEqualTo(0)
			.jsonPath("$.revisions[0].applied").isEqualTo(true)
			.jsonPath("$.history").isArray();
		this.client.get()
			.uri("/actuator/migrations?limit=1")
			.headers((headers) -> headers.setBasicAuth("admin", "admin"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.history.length()")
			.isEqualTo(1);
	}

	@Test
	void aDryRunThenItsPlanIdDowngradesOnceAndARepeatConflicts() {
		Map<?, ?> plan = post("admin", "downgrade", "{\"target\": \"-1\", \"dryRun\": true}").expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(plan.get("steps").toString()).contains("DROP TABLE employee");
		assertThat(this.migrator.current()).containsExactly("bbb222");
		String confirmed = "{\"target\": \"-1\", \"planId\": \"" + plan.get("planId") + "\"}";
		post("admin", "downgrade", confirmed).expectStatus().isOk().expectBody().jsonPath("$.to[0]").isEqualTo("aaa111");
		post("admin", "downgrade", confirmed).expectStatus().isEqualTo(409);
		assertThat(this.migrator.current()).containsExactly("aaa111");
		post("admin", "upgrade", "{\"target\": \"head\"}").expectStatus().isOk().expectBody().jsonPath("$.to[0]")
			.isEqualTo("bbb222");
		assertThat(this.migrator.appliedHistory(1).get(0).appliedBy()).isEqualTo("admin");
	}

	@Test
	void aBadTargetIsABadRequestWithTheMessage() {
		post("admin", "upgrade", "{\"target\": \"nosuchrev\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.value(String.class, (error) -> assertThat(error).contains("nosuchrev"));
	}

	@Test
	void aWriteWhileAnotherMigrationHoldsTheLockConflicts() throws Exception {
		post("admin", "downgrade", "{\"target\": \"base\"}").expectStatus().isOk();
		CountDownLatch inStep = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Migrator slow = Migrator.create(this.migrator.config().toBuilder().listener((step) -> {
			inStep.countDown();
			await(release);
		}).build());
		CompletableFuture<?> running = CompletableFuture.runAsync(() -> slow.upgrade("head"));
		try {
			assertThat(inStep.await(30, TimeUnit.SECONDS)).isTrue();
			post("admin", "upgrade", "{\"target\": \"head\"}").expectStatus().isEqualTo(409);
		}
		finally {
			release.countDown();
			running.get(30, TimeUnit.SECONDS);
		}
		assertThat(this.migrator.current()).containsExactly("bbb222");
	}

	private RestTestClient.ResponseSpec get(String user) {
		return this.client.get().uri("/actuator/migrations").headers((headers) -> headers.setBasicAuth(user, user)).exchange();
	}

	private RestTestClient.ResponseSpec post(String user, String operation, String json) {
		return this.client.post()
			.uri("/actuator/migrations/" + operation)
			.headers((headers) -> {
				if (user != null) {
					headers.setBasicAuth(user, user);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SecuredApplication {

		// The chain the README recommends: basic auth for actuator endpoints, CSRF off for them only.
		@Bean
		SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
			http.securityMatcher(EndpointRequest.toAnyEndpoint())
				.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
					.permitAll()
					.anyRequest()
					.authenticated())
				.httpBasic(Customizer.withDefaults())
				.csrf((csrf) -> csrf.ignoringRequestMatchers(EndpointRequest.toAnyEndpoint()));
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("admin").password("{noop}admin").roles("MIGRATE_ADMIN").build(),
					User.withUsername("viewer").password("{noop}viewer").roles("VIEWER").build());
		}

	}

}
