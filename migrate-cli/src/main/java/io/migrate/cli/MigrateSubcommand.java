package io.migrate.cli;

import io.migrate.ConnectionFactory;
import io.migrate.MigrateConfig;
import io.migrate.MigrationListener;
import io.migrate.Migrator;

import java.io.PrintWriter;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the settings, a {@link Migrator} built from them, and the two kinds
 * of output. A command only turns its arguments into one {@link Migrator} call and prints the result.
 */
abstract class MigrateSubcommand implements Callable<Integer> {

	// Relative targets such as -1 or -3:current look like options to picocli; nothing else may.
	private static final Pattern NEGATIVE_TARGET = Pattern.compile("-\\d.*");

	@ParentCommand
	MigrateCommand root;

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help message and exit.")
	boolean help;

	private Settings settings;

	@Override
	public final Integer call() {
		this.settings = this.root.settings();
		if (this.settings.debug()) {
			this.settings.describe().forEach((line) -> err().println("debug: " + line));
		}
		return execute();
	}

	/** @return the exit status */
	protected abstract int execute();

	protected Settings settings() {
		return this.settings;
	}

	protected boolean json() {
		return this.settings.json();
	}

	protected PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	protected PrintWriter err() {
		return this.spec.commandLine().getErr();
	}

	protected JsonOutput jsonOutput() {
		return new JsonOutput(out(), this.settings.environment().workingDirectory());
	}

	protected TextOutput textOutput() {
		return new TextOutput(out(), this.settings.environment().workingDirectory());
	}

	/** @return a migrator with a connection when a URL is configured, offline otherwise */
	protected Migrator migrator() {
		return migrator(null);
	}

	/** @return a migrator with a connection when a URL is configured, offline otherwise */
	protected Migrator migrator(MigrationListener listener) {
		MigrateConfig.Builder builder = MigrateConfig.builder()
			.locations(this.settings.locations())
			.dialect(this.settings.dialect())
			.listener(listener);
		if (this.settings.versionTable() != null) {
			builder.versionTable(this.settings.versionTable());
		}
		if (this.settings.historyTable() != null) {
			builder.historyTable(this.settings.historyTable());
		}
		try {
			if (this.settings.lockTimeout() != null) {
				builder.lockTimeout(this.settings.lockTimeout());
			}
		}
		catch (IllegalArgumentException ex) {
			throw usage(ex.getMessage());
		}
		if (this.settings.url() != null) {
			builder.connectionFactory(connections(driver(this.settings.url())));
		}
		try {
			return Migrator.create(builder.build());
		}
		catch (IllegalArgumentException ex) {
			throw usage(ex.getMessage());
		}
	}

	/** @return a migrator with a connection; a usage error when no URL is configured */
	protected Migrator onlineMigrator(MigrationListener listener) {
		if (this.settings.url() == null) {
			throw usage("No database URL: pass --url jdbc:..., set MIGRATE_URL, or put url=jdbc:... in "
					+ Settings.PROPERTIES_FILE);
		}
		return migrator(listener);
	}

	private Driver driver(String url) {
		try {
			return JdbcDrivers.forUrl(url);
		}
		catch (SQLException ex) {
			throw usage("No JDBC driver accepts the URL '" + url + "'; migrate carries drivers for jdbc:sqlite:, "
					+ "jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: and jdbc:h2: URLs");
		}
	}

	private ConnectionFactory connections(Driver driver) {
		String url = this.settings.url();
		Properties info = new Properties();
		if (this.settings.user() != null) {
			info.setProperty("user", this.settings.user());
		}
		if (this.settings.password() != null) {
			info.setProperty("password", this.settings.password());
		}
		return () -> JdbcDrivers.connect(driver, url, info);
	}

	/**
	 * @return {@code value}, checked not to be a mistyped option: picocli lets option-like
	 * arguments through as targets so that {@code -1} works
	 */
	protected String target(String value) {
		if (value != null && value.startsWith("-") && !NEGATIVE_TARGET.matcher(value).matches()) {
			throw usage("Unknown option: '" + value + "'");
		}
		return value;
	}

	protected ParameterException usage(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
