package io.migrate.demo;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * The demo over HTTP as its users see it: basic authentication, and for the API's POSTs the
 * CSRF cookie fetched with a GET and sent back with its value as the {@code X-XSRF-TOKEN} header.
 */
final class DemoHttp {

	static final String ADMIN_PASSWORD = "admin-password-for-tests";

	static final String VIEWER_PASSWORD = "viewer-password-for-tests";

	/** The passwords as test properties (the app reads them like the environment variables). */
	static final String ADMIN_PASSWORD_PROPERTY = DemoUsers.ADMIN_PASSWORD + "=" + ADMIN_PASSWORD;

	static final String VIEWER_PASSWORD_PROPERTY = DemoUsers.VIEWER_PASSWORD + "=" + VIEWER_PASSWORD;

	private static final Map<String, String> passwords = Map.of("admin", ADMIN_PASSWORD, "viewer", VIEWER_PASSWORD);

	private final RestTestClient client;

	DemoHttp(RestTestClient client) {
		this.client = client;
	}

	/** Points the app at a fresh SQLite file in {@code folder} (never {@code :memory:}: one database per connection). */
	static void sqlite(DynamicPropertyRegistry registry, Path folder) {
		registry.add("spring.datasource.url",
				() -> "jdbc:sqlite:" + folder.resolve("app.db") + "?foreign_keys=true&busy_timeout=5000");
	}

	/** @param user {@code admin}, {@code viewer}, or null for an anonymous caller */
	ResponseSpec get(String user, String uri) {
		return this.client.get().uri(uri).headers(as(user)).exchange();
	}

	/** An API POST with the CSRF cookie and header, as a browser or the README's curl does it. */
	ResponseSpec post(String user, String uri, String json) {
		String token = csrfToken();
		return this.client.post()
			.uri(uri)
			.headers(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.cookie("XSRF-TOKEN", token)
			.header("X-XSRF-TOKEN", token)
			.exchange();
	}

	/** An API POST without any CSRF token. */
	ResponseSpec postWithoutCsrf(String user, String uri, String json) {
		return this.client.post().uri(uri).headers(as(user)).contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

	/** {@code POST /actuator/migrations/{action}}: no CSRF token, as a script sends it. */
	ResponseSpec migrate(String user, String action, String json) {
		return postWithoutCsrf(user, "/actuator/migrations/" + action, json);
	}

	/** @return the value of the {@code XSRF-TOKEN} cookie that a GET sets */
	String csrfToken() {
		ResponseCookie cookie = this.client.get()
			.uri("/employees")
			.exchange()
			.returnResult()
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		if (cookie == null) {
			throw new IllegalStateException("A GET did not set the XSRF-TOKEN cookie");
		}
		return cookie.getValue();
	}

	private static Consumer<HttpHeaders> as(String user) {
		return (headers) -> {
			if (user != null) {
				headers.setBasicAuth(user, passwords.get(user));
			}
		};
	}

}
