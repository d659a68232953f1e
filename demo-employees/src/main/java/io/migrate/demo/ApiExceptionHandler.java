package io.migrate.demo;

import java.util.stream.Collectors;

import io.migrate.MigrationStatus;
import io.migrate.Migrator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns the API's failures into problem details: 400 for input that is not acceptable (naming
 * the field), 404 for an unknown id, 503 when the database cannot answer, saying whether it is at another revision than
 * the app needs (e.g. after a downgrade through the actuator).
 */
@RestControllerAdvice
public class ApiExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	private final Migrator migrator;

	ApiExceptionHandler(Migrator migrator) {
		this.migrator = migrator;
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		return badRequest(ex.getField(), ex.getField() + ": " + ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			return badRequest(field, field + ": " + json.getOriginalMessage());
		}
		String reason = (ex.getCause() instanceof JacksonException json) ? withoutSource(json.getOriginalMessage())
				: "the request body is missing";
		return badRequest(null, "The request body is not a JSON object of the expected shape: " + reason);
	}

	private static String withoutSource(String message) {
		int source = message.indexOf(" (start marker at");
		source = (source >= 0) ? source : message.indexOf(" at [Source");
		return (source >= 0) ? message.substring(0, source) : message;
	}

	private static ProblemDetail badRequest(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid input");
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail statusException(ResponseStatusException ex) {
		return ex.getBody();
	}

	@ExceptionHandler
	ProblemDetail databaseFailure(DataAccessException ex) {
		logger.warn("The database could not answer: " + ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail(ex));
		problem.setTitle("Database unavailable");
		return problem;
	}

	private String detail(DataAccessException ex) {
		try {
			MigrationStatus status = this.migrator.status("head");
			if (!status.atTarget()) {
				return "The database is not at the schema this app expects: it is at revision "
						+ (status.current().isEmpty() ? "base (empty)" : String.join(", ", status.current()))
						+ ", the app needs " + String.join(", ", status.heads())
						+ ". Upgrade it: POST /actuator/migrations/upgrade {\"target\": \"head\"}";
			}
		}
		catch (RuntimeException notEvenThat) {
			// The database is down altogether; the original failure says more.
		}
		return "The database could not answer: " + ex.getMostSpecificCause().getMessage();
	}

}
