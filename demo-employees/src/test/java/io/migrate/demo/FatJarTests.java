package io.migrate.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/demo-employees.jar} as a newcomer runs it, in an empty working
 * directory: it creates {@code instance/app.db}, finds the SQL and the Java revisions inside the
 * fat jar, and logs the password it generated for the user whose variable is unset. Runs after
 * {@code package} (failsafe), since it needs the jar.
 */
class FatJarTests {

	private static final Pattern GENERATED = Pattern
		.compile("DEMO_VIEWER_PASSWORD is not set; the password of 'viewer' for this run is (\\S+) ");

	@TempDir
	Path workingDirectory;

	private Process app;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.app != null) {
			this.app.destroy();
			if (!this.app.waitFor(30, TimeUnit.SECONDS)) {
				this.app.destroyForcibly();
			}
		}
	}

	@Test
	void theJarStartsInAnEmptyFolderAtHeadAndLogsTheGeneratedPassword() throws Exception {
		Path jar = Path.of("target", "demo-employees.jar").toAbsolutePath();
		assertThat(jar).as("built by mvn package").isRegularFile();
		int port = freePort();
		Path log = this.workingDirectory.resolve("app.log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "--server.port=" + port)
			.directory(this.workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("DEMO_ADMIN_PASSWORD", "admin-secret");
		builder.environment().remove("DEMO_VIEWER_PASSWORD");
		this.app = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		awaitHealth(http, port, log);

		assertThat(this.workingDirectory.resolve("instance/app.db")).isRegularFile();
		HttpResponse<String> migrations = http.send(get(port, "/actuator/migrations", "admin", "admin-secret"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(migrations.statusCode()).isEqualTo(200);
		assertThat(migrations.body()).contains("\"current\":[\"" + TutorialReplayTests.HEAD + "\"]");

		List<String> generated = GENERATED.matcher(Files.readString(log)).results().map((m) -> m.group(1)).toList();
		assertThat(generated).hasSize(1);
		HttpResponse<String> employees = http.send(get(port, "/employees", "viewer", generated.get(0)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(employees.statusCode()).isEqualTo(200);
		assertThat(employees.body()).isEqualTo("[]");
	}

	private void awaitHealth(HttpClient http, int port, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			assertThat(this.app.isAlive()).as("the app stopped:\n%s", Files.readString(log)).isTrue();
			try {
				if (http.send(get(port, "/actuator/health", null, null), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The app did not become healthy within 90 s:\n" + Files.readString(log));
	}

	private static HttpRequest get(int port, String path, String user, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return request.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
