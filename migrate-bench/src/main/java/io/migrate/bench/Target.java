package io.migrate.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database the tools run against, made empty again before every repetition.
 */
public abstract class Target {

	/** @return {@code sqlite} or {@code postgresql} */
	public abstract String database();

	/** @return where the data lives: {@code disk}, {@code tmpfs} or {@code server} */
	public abstract String storage();

	/** @return the JDBC URL every tool connects with */
	public abstract String url();

	/** @return the user name, or null */
	public String user() {
		return null;
	}

	/** @return the password, or null */
	public String password() {
		return null;
	}

	/** Drops everything: the next tool starts from an empty database. */
	public abstract void reset() throws Exception;

	/** @return a new connection, which the caller closes */
	public Connection open() throws SQLException {
		return (user() != null) ? DriverManager.getConnection(url(), user(), password())
				: DriverManager.getConnection(url());
	}

	/** @return how many of the workload's tables ({@code t<n>}) exist: a sanity check after each run */
	public abstract int workloadTables() throws SQLException;

	/** Removes what the target left behind. */
	public void close() throws Exception {
	}

	@Override
	public String toString() {
		return database() + "/" + storage();
	}

}
