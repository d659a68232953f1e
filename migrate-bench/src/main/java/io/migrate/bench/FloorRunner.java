package io.migrate.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The floor: plain JDBC running the same statements, each revision in its own transaction
 * with one version-row update; at head, one query of the version row.
 */
public final class FloorRunner implements ToolRunner {

	static final String TABLE = "floor_version";

	private List<Workload.Change> changes;

	@Override
	public String name() {
		return "floor";
	}

	@Override
	public void prepare(Workload workload, Path folder) {
		this.changes = workload.changes();
	}

	@Override
	public void upgrade(Target target) throws SQLException {
		try (Connection connection = target.open(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE " + TABLE + " (version INTEGER NOT NULL)");
			statement.execute("INSERT INTO " + TABLE + " (version) VALUES (0)");
			run(connection, statement, true);
		}
	}

	@Override
	public void noop(Target target) throws SQLException {
		ToolRunner.check(version(target) == this.changes.size(), "the floor is not at head");
	}

	/** @return the version the floor's table records */
	static int version(Target target) throws SQLException {
		try (Connection connection = target.open(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT version FROM " + TABLE)) {
			return row.next() ? row.getInt(1) : -1;
		}
	}

	@Override
	public void downgrade(Target target) throws SQLException {
		try (Connection connection = target.open(); Statement statement = connection.createStatement()) {
			run(connection, statement, false);
		}
	}

	private void run(Connection connection, Statement statement, boolean up) throws SQLException {
		connection.setAutoCommit(false);
		try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET version = ?")) {
			int count = this.changes.size();
			for (int i = 0; i < count; i++) {
				Workload.Change change = this.changes.get(up ? i : count - 1 - i);
				statement.execute(up ? change.upgrade() : change.downgrade());
				update.setInt(1, up ? change.number() : change.number() - 1);
				update.executeUpdate();
				connection.commit();
			}
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

}
