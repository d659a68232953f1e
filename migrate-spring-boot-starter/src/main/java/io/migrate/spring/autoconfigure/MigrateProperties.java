package io.migrate.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the migrations run by the starter ({@code migrate.*}).
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

	/**
	 * Whether to migrate the database with migrate.
	 */
	private boolean enabled = true;

	/**
	 * Where revision files are read from, in load order: 'classpath:folder', 'filesystem:path'
	 * (or a plain directory), or any Spring resource location. Subfolders are included.
	 */
	private List<String> locations = new ArrayList<>(List.of("classpath:db/revisions"));

	/**
	 * The revision the database is brought to at startup: 'head', 'heads', a revision id, a
	 * branch label, 'label@head'.
	 */
	private String target = "head";

	/**
	 * What to do at startup: 'upgrade' to the target, 'validate' (fail when the database is not
	 * at the target), or 'none'.
	 */
	private OnStartup onStartup = OnStartup.UPGRADE;

	/**
	 * The table holding the applied heads.
	 */
	private String versionTable = "migrate_version";

	/**
	 * The append-only table recording every step.
	 */
	private String historyTable = "migrate_history";

	/**
	 * Whether an applied revision whose file has changed fails the migration.
	 */
	private boolean validateChecksums = true;

	/**
	 * How long to wait for another instance's migration to finish.
	 */
	private Duration lockTimeout = Duration.ofMinutes(10);

	/**
	 * JDBC URL of a separate connection for migrations (e.g. a user allowed to run DDL). By
	 * default the application's DataSource is used.
	 */
	private String url;

	/**
	 * User of the separate migration connection.
	 */
	private String user;

	/**
	 * Password of the separate migration connection.
	 */
	private String password;

	private final Endpoint endpoint = new Endpoint();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public OnStartup getOnStartup() {
		return this.onStartup;
	}

	public void setOnStartup(OnStartup onStartup) {
		this.onStartup = onStartup;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Endpoint getEndpoint() {
		return this.endpoint;
	}

	/** What the starter does with the database at startup. */
	public enum OnStartup {

		/** Upgrade to the target; a database already ahead of it is left alone. */
		UPGRADE,

		/** Fail startup when revisions up to the target are pending. */
		VALIDATE,

		/** Leave the database alone. */
		NONE

	}

	/** Configuration of the {@code migrations} actuator endpoint. */
	public static class Endpoint {

		/**
		 * The role a caller needs for the endpoint's write operations (upgrade, downgrade).
		 */
		private String role = "MIGRATE_ADMIN";

		/**
		 * How long an upgrade or downgrade through the endpoint waits for another migration's
		 * lock before answering 409.
		 */
		private Duration lockTimeout = Duration.ZERO;

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public Duration getLockTimeout() {
			return this.lockTimeout;
		}

		public void setLockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
		}

	}

}
