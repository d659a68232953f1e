package io.migrate.bench.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor of a whole process: open the connection, read the version row, compare it with the
 * expected version, exit. Arguments: the JDBC URL and the expected version.
 */
public final class PlainJdbcMain {

	private PlainJdbcMain() {
	}

	/** Runs it; exits non-zero when the database is not at the expected version. */
	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0]);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT version FROM floor_version")) {
			int version = row.next() ? row.getInt(1) : -1;
			if (version != Integer.parseInt(args[1])) {
				System.err.println("not at head: " + version);
				System.exit(1);
			}
			System.out.println("at head: " + version);
		}
	}

}
