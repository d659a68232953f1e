package io.migrate.demo;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo's two users: {@code admin} (roles {@code ADMIN} and {@code MIGRATE_ADMIN}: may add
 * data and migrate) and {@code viewer} (role {@code VIEWER}: may read). Their passwords come from
 * the environment variables {@value #ADMIN_PASSWORD} and {@value #VIEWER_PASSWORD} (or the
 * properties of those names); an unset one is replaced by a random password, logged once.
 */
@Configuration(proxyBeanMethods = false)
public class DemoUsers {

	/** The variable that holds the password of {@code admin}. */
	public static final String ADMIN_PASSWORD = "DEMO_ADMIN_PASSWORD";

	/** The variable that holds the password of {@code viewer}. */
	public static final String VIEWER_PASSWORD = "DEMO_VIEWER_PASSWORD";

	private static final Log logger = LogFactory.getLog(DemoUsers.class);

	private static final SecureRandom random = new SecureRandom();

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	InMemoryUserDetailsManager users(Environment environment, PasswordEncoder encoder) {
		UserDetails admin = User.withUsername("admin")
			.password(encoder.encode(password(environment, ADMIN_PASSWORD, "admin")))
			.roles("ADMIN", "MIGRATE_ADMIN")
			.build();
		UserDetails viewer = User.withUsername("viewer")
			.password(encoder.encode(password(environment, VIEWER_PASSWORD, "viewer")))
			.roles("VIEWER")
			.build();
		return new InMemoryUserDetailsManager(admin, viewer);
	}

	private static String password(Environment environment, String variable, String user) {
		String password = environment.getProperty(variable);
		if (password != null && !password.isBlank()) {
			return password;
		}
		// Never a fixed default: a demo left running must not open with a known password.
		String generated = randomPassword();
		logger.warn(variable + " is not set; the password of '" + user + "' for this run is " + generated
				+ " (set " + variable + " to choose one)");
		return generated;
	}

	/** @return 20 url-safe characters (120 random bits) */
	static String randomPassword() {
		byte[] bytes = new byte[15];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
