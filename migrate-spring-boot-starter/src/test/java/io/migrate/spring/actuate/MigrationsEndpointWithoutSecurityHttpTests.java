package io.migrate.spring.actuate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.migrate.Migrator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint over HTTP without Spring Security (the build runs this class with Spring
 * Security removed from the classpath): there is no principal, so every write is refused.
 */
@SpringBootTest(classes = MigrationsEndpointWithoutSecurityHttpTests.PlainApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,migrations",
				"management.endpoint.migrations.access=unrestricted" })
@AutoConfigureRestTestClient
class MigrationsEndpointWithoutSecurityHttpTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("migrate-http-plain");
		registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + folder.resolve("app.db"));
	}

	@Autowired
	RestTestClient client;

	@Autowired
	Migrator migrator;

	@Test
	void springSecurityIsNotOnTheClasspath() {
		assertThat(ClassUtils.isPresent("org.springframework.security.core.Authentication", null)).isFalse();
	}

	@Test
	void anyoneCanRead() {
		this.client.get().uri("/actuator/migrations").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.current[0]").isEqualTo("bbb222");
	}

	@Test
	void everyWriteIsForbiddenAndRunsNothing() {
		post("downgrade", "{\"target\": \"base\"}");
		post("downgrade", "{\"target\": \"-1\", \"dryRun\": true}");
		post("upgrade", "{\"target\": \"head\"}");
		post("upgrade", "{}");
		assertThat(this.migrator.current()).containsExactly("bbb222");
		assertThat(this.migrator.appliedHistory(100)).hasSize(2);
	}

	private void post(String operation, String json) {
		this.client.post()
			.uri("/actuator/migrations/" + operation)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class PlainApplication {

	}

}
