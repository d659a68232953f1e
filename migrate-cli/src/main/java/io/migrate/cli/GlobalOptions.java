package io.migrate.cli;

import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after the command name. Only what was given on the
 * command line is held here; {@link Settings} adds the environment and {@code migrate.properties}.
 */
public class GlobalOptions {

	@Option(names = "--url", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
			description = "JDBC URL of the database, e.g. jdbc:sqlite:app.db (env MIGRATE_URL, property url)")
	String url;

	@Option(names = "--user", scope = ScopeType.INHERIT,
			description = "Database user (env MIGRATE_USER, property user)")
	String user;

	@Option(names = "--password", scope = ScopeType.INHERIT,
			description = "Database password (env MIGRATE_PASSWORD, property password); never printed")
	String password;

	@Option(names = "--location", paramLabel = "DIR", scope = ScopeType.INHERIT,
			description = "Folder of revision files, or classpath:...; repeatable, in load order "
					+ "(env MIGRATE_LOCATION, comma-separated; property location; default "
					+ Settings.DEFAULT_LOCATION + ")")
	List<String> locations;

	@Option(names = "--version-table", paramLabel = "TABLE", scope = ScopeType.INHERIT,
			description = "Version table (env MIGRATE_VERSION_TABLE, property version-table; default migrate_version)")
	String versionTable;

	@Option(names = "--history-table", paramLabel = "TABLE", scope = ScopeType.INHERIT,
			description = "History table (env MIGRATE_HISTORY_TABLE, property history-table; default migrate_history)")
	String historyTable;

	@Option(names = "--lock-timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT,
			description = "How long to wait for another migration's lock, e.g. 30s, 10m or PT10M"
					+ " (env MIGRATE_LOCK_TIMEOUT, property lock-timeout; default 10m)")
	String lockTimeout;

	@Option(names = "--dialect", scope = ScopeType.INHERIT,
			description = "sqlite, postgresql, mariadb, mysql or h2, for --sql without --url (env MIGRATE_DIALECT, property dialect)")
	String dialect;

	@Option(names = "--json", scope = ScopeType.INHERIT,
			description = "Machine-readable output on stdout (env MIGRATE_JSON, property json)")
	boolean json;

	@Option(names = "--debug", scope = ScopeType.INHERIT,
			description = "Print the settings used and stack traces (env MIGRATE_DEBUG, property debug)")
	boolean debug;

}
