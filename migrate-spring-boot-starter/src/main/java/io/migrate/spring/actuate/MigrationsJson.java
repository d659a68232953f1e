package io.migrate.spring.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

/** The endpoint's error body, {@code {"error": message}}; the other shapes come from the results' {@code toJson()}. */
final class MigrationsJson {

	private MigrationsJson() {
	}

	static Map<String, Object> error(String message) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("error", message);
		return json;
	}

}
