package io.migrate.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users' roles and where their passwords come from.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoUsersTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(DemoUsers.class);

	@Test
	void passwordsComeFromTheVariablesAndAreStoredWithBcrypt() {
		this.runner.withPropertyValues("DEMO_ADMIN_PASSWORD=a-secret", "DEMO_VIEWER_PASSWORD=v-secret")
			.run((context) -> {
				UserDetails admin = context.getBean(InMemoryUserDetailsManager.class).loadUserByUsername("admin");
				assertThat(admin.getPassword()).startsWith("{bcrypt}");
				assertThat(context.getBean(PasswordEncoder.class).matches("a-secret", admin.getPassword())).isTrue();
				UserDetails viewer = context.getBean(InMemoryUserDetailsManager.class).loadUserByUsername("viewer");
				assertThat(context.getBean(PasswordEncoder.class).matches("v-secret", viewer.getPassword())).isTrue();
			});
	}

	@Test
	void theAdminMayMigrateAndTheViewerOnlyView() {
		this.runner.withPropertyValues("DEMO_ADMIN_PASSWORD=a", "DEMO_VIEWER_PASSWORD=v").run((context) -> {
			InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
			assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
				.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_MIGRATE_ADMIN");
			assertThat(users.loadUserByUsername("viewer").getAuthorities()).extracting(Object::toString)
				.containsExactly("ROLE_VIEWER");
		});
	}

	@Test
	void anUnsetPasswordIsRandomAndLoggedOnceWithTheVariableToSet(CapturedOutput output) {
		this.runner.withPropertyValues("DEMO_VIEWER_PASSWORD=v").run((context) -> {
			String line = output.getOut()
				.lines()
				.filter((candidate) -> candidate.contains("DEMO_ADMIN_PASSWORD is not set"))
				.reduce((first, second) -> {
					throw new AssertionError("logged twice:\n" + first + "\n" + second);
				})
				.orElseThrow();
			assertThat(line).contains("WARN", "'admin'", "set DEMO_ADMIN_PASSWORD");
			String password = line.replaceFirst(".* for this run is (\\S+) .*", "$1");
			assertThat(password).matches("[A-Za-z0-9_-]{20}");
			UserDetails admin = context.getBean(InMemoryUserDetailsManager.class).loadUserByUsername("admin");
			assertThat(context.getBean(PasswordEncoder.class).matches(password, admin.getPassword())).isTrue();
			assertThat(output.getOut()).doesNotContain("DEMO_VIEWER_PASSWORD is not set");
		});
	}

	@Test
	void randomPasswordsDiffer() {
		assertThat(DemoUsers.randomPassword()).hasSize(20).isNotEqualTo(DemoUsers.randomPassword());
	}

}
