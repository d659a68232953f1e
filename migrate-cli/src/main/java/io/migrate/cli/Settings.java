package io.migrate.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options in force: each from its flag, else its environment variable ({@code MIGRATE_URL},
 * ...), else its key in {@code migrate.properties} in the working directory ({@code url}, ...),
 * else the default.
 */
final class Settings {

	/** The properties file read from the working directory. */
	static final String PROPERTIES_FILE = "migrate.properties";

	/** Where revision files are when no location is given. */
	static final String DEFAULT_LOCATION = "src/main/resources/db/revisions";

	private static final Set<String> KEYS = new TreeSet<>(Arrays.asList("url", "user", "password", "location",
			"version-table", "history-table", "dialect", "lock-timeout", "json", "debug"));

	private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|)");

	private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s]*");

	private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+@");

	private final CliEnvironment environment;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, String> sources = new LinkedHashMap<>();

	private final List<String> locations;

	private final boolean json;

	private final boolean debug;

	private Settings(GlobalOptions options, CliEnvironment environment, Properties file) {
		this.environment = environment;
		pick("url", options.url, file);
		pick("user", options.user, file);
		pick("password", options.password, file);
		pick("version-table", options.versionTable, file);
		pick("history-table", options.historyTable, file);
		pick("dialect", options.dialect, file);
		pick("lock-timeout", options.lockTimeout, file);
		pick("location", (options.locations != null) ? String.join(",", options.locations) : null, file);
		this.locations = splitLocations(this.values.get("location"));
		this.json = options.json || flag("json", file);
		this.debug = options.debug || flag("debug", file);
	}

	/**
	 * @param options what the command line gave
	 * @param environment the environment variables and working directory
	 * @return the settings in force
	 * @throws IllegalArgumentException when {@code migrate.properties} cannot be read or has an unknown key
	 */
	static Settings resolve(GlobalOptions options, CliEnvironment environment) {
		return new Settings(options, environment, readProperties(environment.workingDirectory()));
	}

	private static Properties readProperties(Path directory) {
		Path file = directory.resolve(PROPERTIES_FILE);
		Properties properties = new Properties();
		if (!Files.isRegularFile(file)) {
			return properties;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("Cannot read " + file + ": " + ex.getMessage()
					+ "; fix or remove the file", ex);
		}
		for (String key : properties.stringPropertyNames()) {
			if (!KEYS.contains(key)) {
				throw new IllegalArgumentException("Unknown key '" + key + "' in " + file + "; the keys are "
						+ String.join(", ", KEYS));
			}
		}
		return properties;
	}

	static String variableName(String key) {
		return "MIGRATE_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
	}

	private void pick(String key, String flag, Properties file) {
		String variable = variableName(key);
		if (flag != null) {
			put(key, flag, "--" + key);
		}
		else if (this.environment.variable(variable) != null) {
			put(key, this.environment.variable(variable), variable);
		}
		else if (file.getProperty(key) != null && !file.getProperty(key).isBlank()) {
			put(key, file.getProperty(key).trim(), PROPERTIES_FILE);
		}
	}

	private void put(String key, String value, String source) {
		this.values.put(key, value);
		this.sources.put(key, source);
	}

	private boolean flag(String key, Properties file) {
		String value = this.environment.variable(variableName(key));
		if (value == null) {
			value = file.getProperty(key);
		}
		return value != null && Set.of("true", "yes", "1", "on").contains(value.trim().toLowerCase(Locale.ROOT));
	}

	private List<String> splitLocations(String joined) {
		List<String> specs = new ArrayList<>();
		for (String spec : (joined != null) ? joined.split(",") : new String[] { DEFAULT_LOCATION }) {
			if (!spec.isBlank()) {
				specs.add(absolute(spec.trim()));
			}
		}
		return specs;
	}

	// Relative folders are relative to the working directory we were given, not the JVM's.
	private String absolute(String spec) {
		if (spec.startsWith("classpath:")) {
			return spec;
		}
		String path = spec.startsWith("filesystem:") ? spec.substring("filesystem:".length()) : spec;
		return this.environment.workingDirectory().resolve(path).normalize().toString();
	}

	String url() {
		return this.values.get("url");
	}

	String user() {
		return this.values.get("user");
	}

	String password() {
		return this.values.get("password");
	}

	String versionTable() {
		return this.values.get("version-table");
	}

	String historyTable() {
		return this.values.get("history-table");
	}

	String dialect() {
		return this.values.get("dialect");
	}

	/**
	 * @return the lock timeout, or null for the default
	 * @throws IllegalArgumentException naming the value when it is not a duration
	 */
	Duration lockTimeout() {
		String value = this.values.get("lock-timeout");
		if (value == null) {
			return null;
		}
		Matcher simple = SIMPLE_DURATION.matcher(value.trim());
		try {
			if (simple.matches()) {
				long amount = Long.parseLong(simple.group(1));
				return switch (simple.group(2)) {
					case "ms" -> Duration.ofMillis(amount);
					case "s", "" -> Duration.ofSeconds(amount);
					case "m" -> Duration.ofMinutes(amount);
					default -> Duration.ofHours(amount);
				};
			}
			return Duration.parse(value.trim());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("lock-timeout '" + value
					+ "' is not a duration; write e.g. 30s, 10m, 1h or PT10M (" + this.sources.get("lock-timeout") + ")");
		}
	}

	/** @return the locations, folders made absolute, in load order */
	List<String> locations() {
		return this.locations;
	}

	boolean json() {
		return this.json;
	}

	boolean debug() {
		return this.debug;
	}

	CliEnvironment environment() {
		return this.environment;
	}

	/** @return each setting with where it came from, the password masked, for {@code --debug} */
	List<String> describe() {
		List<String> lines = new ArrayList<>();
		this.values.forEach((key, value) -> {
			String shown = key.equals("password") ? "****" : mask(value);
			lines.add(key + " = " + shown + " (from " + this.sources.get(key) + ")");
		});
		lines.add("locations in force = " + this.locations);
		return lines;
	}

	/** @return {@code text} with the password and any password in a URL replaced by {@code ****} */
	String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = URL_PASSWORD.matcher(text).replaceAll("$1****");
		masked = URL_USER_INFO.matcher(masked).replaceAll("$1****@");
		String password = password();
		// A one- or two-character password would mask ordinary words; URLs are masked above.
		if (password != null && password.length() >= 3) {
			masked = masked.replace(password, "****");
		}
		return masked;
	}

}
