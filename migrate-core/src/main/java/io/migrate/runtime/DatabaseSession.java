package io.migrate.runtime;

import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.script.RevisionScript;
import io.migrate.script.SectionPart;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One connection to the database being migrated, with its dialect, the version and history tables,
 * and the migration lock.
 */
public final class DatabaseSession implements AutoCloseable {

	private static final Duration TRANSIENT_OPEN_WAIT = Duration.ofSeconds(20);

	private final ConnectionOpener opener;

	private final Connection connection;

	private final Dialect dialect;

	private final VersionTable versions;

	private final HistoryTable history;

	private MigrationLock lock;

	private DatabaseSession(ConnectionOpener opener, Connection connection, Dialect dialect, String versionTable,
			String historyTable) {
		this.opener = opener;
		this.connection = connection;
		this.dialect = dialect;
		this.versions = new VersionTable(versionTable, dialect);
		this.history = new HistoryTable(historyTable, dialect);
	}

	/**
	 * Opens a session.
	 * @param opener where connections come from
	 * @param dialect the dialect, or null to detect it from the connection
	 * @param versionTable the version table's name
	 * @param historyTable the history table's name
	 */
	public static DatabaseSession open(ConnectionOpener opener, Dialect dialect, String versionTable,
			String historyTable) throws SQLException {
		Connection connection = openPatiently(opener);
		try {
			Dialect effective = (dialect != null) ? dialect : Dialect.detect(connection);
			connection.setAutoCommit(true);
			return new DatabaseSession(opener, connection, effective, versionTable, historyTable);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	private static Connection openPatiently(ConnectionOpener opener) throws SQLException {
		long deadline = System.nanoTime() + TRANSIENT_OPEN_WAIT.toNanos();
		long pause = 0;
		while (true) {
			try {
				return opener.open();
			}
			catch (SQLException ex) {
				if (!Dialect.isTransientOpenFailure(ex) || System.nanoTime() - deadline >= 0) {
					throw ex;
				}
				pause = MigrationLock.pause(pause);
			}
		}
	}

	/** @return the dialect in use */
	public Dialect dialect() {
		return this.dialect;
	}

	/** @return the version rows, sorted; empty when the table does not exist */
	public List<String> rows() throws SQLException {
		return this.versions.read(this.connection);
	}

	/** @return the checksum of each revision's latest successful upgrade */
	public Map<String, String> appliedChecksums() throws SQLException {
		return this.history.appliedChecksums(this.connection);
	}

	/** @return the newest history rows first, at most {@code limit} */
	public List<HistoryRecord> history(int limit) throws SQLException {
		return this.history.newest(this.connection, limit);
	}

	/**
	 * Takes the migration lock, waiting up to {@code timeout}; it is held until {@link #close()}.
	 * @throws LockTimeoutException when another migration holds it longer
	 */
	public void lock(Duration timeout) throws SQLException {
		if (this.lock != null) {
			return;
		}
		MigrationLock candidate = newLock();
		candidate.acquire(timeout);
		this.lock = candidate;
	}

	private MigrationLock newLock() throws SQLException {
		String name = this.versions.name();
		if (this.dialect.tryLockQuery(name) != null) {
			return new SessionLock(this.opener.open(), this.dialect, name);
		}
		Path file = this.dialect.databaseFile(this.connection);
		if (file != null) {
			return new FileLock(file);
		}
		return new LocalLock(this.connection.getMetaData().getURL() + "#" + name);
	}

	/** Creates the version and history tables if they do not exist. Call under the lock. */
	public void ensureTables() throws SQLException {
		this.connection.setAutoCommit(true);
		if (!this.versions.exists(this.connection)) {
			this.versions.create(this.connection);
		}
		if (!this.history.exists(this.connection)) {
			this.history.create(this.connection);
		}
	}

	/**
	 * Runs the plan's steps. Call under the lock, after {@link #ensureTables()}.
	 * @param scripts the revisions by id
	 * @param appliedBy who the history records, or null for the database user
	 * @param listener told about each step as it commits
	 * @throws StepFailedException when a statement fails; earlier steps stay applied
	 */
	public List<CompletedStep> run(Plan plan, Map<String, RevisionScript> scripts, String appliedBy,
			Consumer<CompletedStep> listener) throws SQLException {
		return new StepRunner(this.connection, this.dialect, this.versions, this.history, who(appliedBy))
			.run(plan.steps(), scripts, listener);
	}

	/**
	 * Renders the statements of one direction of a revision for a dry run, looking at the database
	 * as it is now. A part whose rendering depends on work that has not run yet (e.g. a SQLite
	 * rebuild of a table an earlier step creates) is shown as a comment that says so.
	 * @return the statements' text, in order
	 */
	public List<String> preview(RevisionScript script, Direction direction) throws SQLException {
		List<String> sql = new ArrayList<>();
		for (SectionPart part : script.section(direction, this.dialect).parts()) {
			try {
				part.render(this.connection).forEach((statement) -> sql.add(statement.sql()));
			}
			catch (SQLException | RuntimeException ex) {
				sql.add("-- " + part.description() + ": rendered when it runs (" + ex.getMessage() + ")");
			}
		}
		this.connection.setAutoCommit(true);
		return sql;
	}

	/**
	 * Empties the version table ({@code stamp --purge}), recording a stamp row in the history.
	 * @return the rows that were removed
	 */
	public List<String> purge(String appliedBy) throws SQLException {
		List<String> before = rows();
		long start = System.nanoTime();
		this.connection.setAutoCommit(false);
		try {
			this.versions.deleteAll(this.connection);
			this.history.append(this.connection, new HistoryRecord(0, null, Direction.STAMP.label(), before, List.of(),
					"purge", "", Instant.now(), who(appliedBy), (System.nanoTime() - start) / 1_000_000, true, null));
			this.connection.commit();
		}
		catch (SQLException ex) {
			this.connection.rollback();
			throw ex;
		}
		finally {
			this.connection.setAutoCommit(true);
		}
		return before;
	}

	private String who(String appliedBy) throws SQLException {
		return (appliedBy != null) ? appliedBy : this.dialect.currentUser(this.connection);
	}

	/** Releases the lock and closes the connection. */
	@Override
	public void close() throws SQLException {
		try {
			if (this.lock != null) {
				this.lock.close();
			}
		}
		finally {
			this.connection.close();
		}
	}

}
