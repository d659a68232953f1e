package io.migrate.demo;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers a refused API request with 403 and a problem-detail body that says why: a missing or
 * invalid CSRF token (and how to send one), or a user without the role the request needs.
 */
final class JsonAccessDeniedHandler implements AccessDeniedHandler {

	static final String CSRF_DETAIL = "Missing or invalid CSRF token. A POST needs the XSRF-TOKEN cookie (any GET sets"
			+ " it) sent back with the request, and its value as the X-XSRF-TOKEN header.";

	private final JsonMapper json;

	JsonAccessDeniedHandler(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Principal user = request.getUserPrincipal();
		String detail = (denied instanceof CsrfException) ? CSRF_DETAIL
				: ((user != null) ? "User '" + user.getName() + "'" : "An anonymous caller") + " may not "
						+ request.getMethod() + " " + request.getRequestURI() + "; adding data needs the role ADMIN.";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", HttpStatus.FORBIDDEN.getReasonPhrase());
		body.put("status", HttpStatus.FORBIDDEN.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), body);
	}

}
