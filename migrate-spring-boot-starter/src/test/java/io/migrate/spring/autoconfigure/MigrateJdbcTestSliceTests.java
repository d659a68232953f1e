package io.migrate.spring.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code @JdbcTest} slice migrates, as it does with Flyway.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MigrateJdbcTestSliceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("migrate-jdbc-test");
		folder.toFile().deleteOnExit();
		registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + folder.resolve("app.db"));
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSliceRunsTheMigrations() {
		assertThat(this.jdbc.queryForObject("SELECT version_num FROM migrate_version", String.class))
			.isEqualTo("bbb222");
	}

	@SpringBootConfiguration
	static class SliceApplication {

	}

}
