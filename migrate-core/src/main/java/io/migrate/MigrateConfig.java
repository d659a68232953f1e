package io.migrate;

import io.migrate.operations.JavaRevision;
import io.migrate.script.RevisionLocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The migrator's configuration, validated once when built and immutable after.
 */
public final class MigrateConfig {

	/** The default location of revision files. */
	public static final String DEFAULT_LOCATION = "classpath:db/revisions";

	/** The default version table. */
	public static final String DEFAULT_VERSION_TABLE = "migrate_version";

	/** The default history table. */
	public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

	/** How long to wait for another migration's lock by default. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

	private final List<String> locationSpecs;

	private final List<RevisionLocation> customLocations;

	private final List<JavaRevision> javaRevisions;

	private final ClassLoader classLoader;

	private final ConnectionFactory connectionFactory;

	private final String dialect;

	private final String versionTable;

	private final String historyTable;

	private final boolean validateChecksums;

	private final Duration lockTimeout;

	private final String appliedBy;

	private final MigrationListener listener;

	private final Path revisionDirectory;

	private MigrateConfig(Builder builder) {
		this.locationSpecs = List.copyOf(builder.locationSpecs);
		this.customLocations = List.copyOf(builder.customLocations);
		this.javaRevisions = List.copyOf(builder.javaRevisions);
		this.classLoader = (builder.classLoader != null) ? builder.classLoader : MigrateConfig.class.getClassLoader();
		this.connectionFactory = builder.connectionFactory;
		this.dialect = builder.dialect;
		this.versionTable = checkTable("version table", builder.versionTable);
		this.historyTable = checkTable("history table", builder.historyTable);
		if (this.versionTable.equalsIgnoreCase(this.historyTable)) {
			throw new IllegalArgumentException("The version table and the history table are both '" + this.versionTable
					+ "'; give them different names");
		}
		this.validateChecksums = builder.validateChecksums;
		this.lockTimeout = Objects.requireNonNull(builder.lockTimeout, "lockTimeout");
		if (this.lockTimeout.isNegative()) {
			throw new IllegalArgumentException("The lock timeout is " + this.lockTimeout + "; it must be zero or positive");
		}
		this.appliedBy = builder.appliedBy;
		this.listener = (builder.listener != null) ? builder.listener : (step) -> {
		};
		this.revisionDirectory = builder.revisionDirectory;
	}

	private static String checkTable(String what, String name) {
		if (name == null || !TABLE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("The " + what + " name '" + name
					+ "' is not valid; use letters, digits and underscores, optionally with a schema: 'schema.table'");
		}
		return name;
	}

	/** @return a builder with the defaults */
	public static Builder builder() {
		return new Builder();
	}

	/** @return a builder holding this configuration, to derive another */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.locationSpecs.clear();
		builder.locationSpecs.addAll(this.locationSpecs);
		builder.customLocations.addAll(this.customLocations);
		builder.javaRevisions.addAll(this.javaRevisions);
		builder.classLoader = this.classLoader;
		builder.connectionFactory = this.connectionFactory;
		builder.dialect = this.dialect;
		builder.versionTable = this.versionTable;
		builder.historyTable = this.historyTable;
		builder.validateChecksums = this.validateChecksums;
		builder.lockTimeout = this.lockTimeout;
		builder.appliedBy = this.appliedBy;
		builder.listener = this.listener;
		builder.revisionDirectory = this.revisionDirectory;
		return builder;
	}

	/** @return the locations as written ({@code classpath:...} or directories), in load order */
	public List<String> locationSpecs() {
		return this.locationSpecs;
	}

	/** @return locations supplied as objects by a host, read after the written ones */
	public List<RevisionLocation> customLocations() {
		return this.customLocations;
	}

	/**
	 * @return Java revision instances supplied by a host (e.g. Spring beans): one whose class a
	 * location also finds takes that class's place in the load order; the others load after the
	 * locations' revisions, in registration order
	 */
	public List<JavaRevision> javaRevisions() {
		return this.javaRevisions;
	}

	/** @return the class loader for {@code classpath:} locations */
	public ClassLoader classLoader() {
		return this.classLoader;
	}

	/** @return the connection factory, or null for offline use */
	public ConnectionFactory connectionFactory() {
		return this.connectionFactory;
	}

	/** @return the dialect name, or null to detect it from the connection */
	public String dialect() {
		return this.dialect;
	}

	/** @return the version table name */
	public String versionTable() {
		return this.versionTable;
	}

	/** @return the history table name */
	public String historyTable() {
		return this.historyTable;
	}

	/** @return whether applied revisions' checksums are compared with their files */
	public boolean validateChecksums() {
		return this.validateChecksums;
	}

	/** @return how long to wait for another migration's lock */
	public Duration lockTimeout() {
		return this.lockTimeout;
	}

	/** @return who the history records as having applied the steps, or null for the database user */
	public String appliedBy() {
		return this.appliedBy;
	}

	/** @return the listener told about each step */
	public MigrationListener listener() {
		return this.listener;
	}

	/** @return where {@code init}, {@code revision} and {@code merge} write, or null for the first directory location */
	public Path revisionDirectory() {
		return this.revisionDirectory;
	}

	/** Builds a {@link MigrateConfig}. */
	public static final class Builder {

		private final List<String> locationSpecs = new ArrayList<>(List.of(DEFAULT_LOCATION));

		private final List<RevisionLocation> customLocations = new ArrayList<>();

		private final List<JavaRevision> javaRevisions = new ArrayList<>();

		private boolean locationsSet;

		private ClassLoader classLoader;

		private ConnectionFactory connectionFactory;

		private String dialect;

		private String versionTable = DEFAULT_VERSION_TABLE;

		private String historyTable = DEFAULT_HISTORY_TABLE;

		private boolean validateChecksums = true;

		private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

		private String appliedBy;

		private MigrationListener listener;

		private Path revisionDirectory;

		private Builder() {
		}

		/**
		 * Replaces the default location with these, in load order.
		 * @param specs {@code classpath:folder}, a directory path, or {@code filesystem:path}
		 * @return this builder
		 */
		public Builder locations(List<String> specs) {
			this.locationSpecs.clear();
			this.locationSpecs.addAll(specs);
			this.locationsSet = true;
			return this;
		}

		/**
		 * Adds a location supplied by a host (read after the written ones); the default
		 * {@code classpath:db/revisions} is dropped unless locations were set explicitly.
		 * @return this builder
		 */
		public Builder location(RevisionLocation location) {
			if (!this.locationsSet) {
				this.locationSpecs.clear();
				this.locationsSet = true;
			}
			this.customLocations.add(location);
			return this;
		}

		/**
		 * Adds a Java revision instance, e.g. a Spring bean (see {@link MigrateConfig#javaRevisions()}).
		 * The locations stay as they are.
		 * @return this builder
		 */
		public Builder javaRevision(JavaRevision revision) {
			this.javaRevisions.add(Objects.requireNonNull(revision, "revision"));
			return this;
		}

		/** @return this builder, with the class loader for {@code classpath:} locations */
		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/** @return this builder, with the connections to migrate */
		public Builder connectionFactory(ConnectionFactory connectionFactory) {
			this.connectionFactory = connectionFactory;
			return this;
		}

		/** @return this builder, with a dialect name ({@code sqlite}, {@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2}) */
		public Builder dialect(String dialect) {
			this.dialect = dialect;
			return this;
		}

		/** @return this builder, with the version table name */
		public Builder versionTable(String versionTable) {
			this.versionTable = versionTable;
			return this;
		}

		/** @return this builder, with the history table name */
		public Builder historyTable(String historyTable) {
			this.historyTable = historyTable;
			return this;
		}

		/** @return this builder, with checksum validation on or off */
		public Builder validateChecksums(boolean validateChecksums) {
			this.validateChecksums = validateChecksums;
			return this;
		}

		/** @return this builder, with the time to wait for another migration's lock */
		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		/** @return this builder, with who the history records as having applied the steps */
		public Builder appliedBy(String appliedBy) {
			this.appliedBy = appliedBy;
			return this;
		}

		/** @return this builder, with a listener told about each step */
		public Builder listener(MigrationListener listener) {
			this.listener = listener;
			return this;
		}

		/** @return this builder, with the folder {@code init}, {@code revision} and {@code merge} write to */
		public Builder revisionDirectory(Path revisionDirectory) {
			this.revisionDirectory = revisionDirectory;
			return this;
		}

		/**
		 * @return the configuration
		 * @throws IllegalArgumentException when a value is not valid; the message names it
		 */
		public MigrateConfig build() {
			return new MigrateConfig(this);
		}

	}

}
