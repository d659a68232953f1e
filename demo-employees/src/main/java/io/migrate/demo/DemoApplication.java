package io.migrate.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Flask-Migrate tutorial's employees app: a REST API over the tables that the revisions in
 * {@code db/revisions} create, migrated to head by the migrate starter when it starts.
 */
@SpringBootApplication
public class DemoApplication {

	/**
	 * Starts the app (port 5555, SQLite file {@code instance/app.db} unless
	 * {@code spring.datasource.url} says otherwise).
	 * @param args Spring Boot's command-line arguments, e.g. {@code --server.port=8080}
	 */
	public static void main(String[] args) {
		SpringApplication.run(DemoApplication.class, args);
	}

}
