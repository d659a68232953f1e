package io.migrate.operations;

import io.migrate.script.SectionPart;
import io.migrate.script.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The statements of one operation (or of one SQLite table rebuild), rendered when it runs. */
final class OperationPart implements SectionPart {

	/** Renders statements, looking at the database when it must. */
	@FunctionalInterface
	interface Render {

		List<String> statements(Connection connection) throws SQLException;

	}

	private final String description;

	private final boolean outsideTransaction;

	private final Render render;

	OperationPart(String description, boolean outsideTransaction, Render render) {
		this.description = description;
		this.outsideTransaction = outsideTransaction;
		this.render = render;
	}

	static OperationPart fixed(Operation operation, List<String> statements, boolean outsideTransaction) {
		return new OperationPart(operation.describe(), outsideTransaction, (connection) -> statements);
	}

	@Override
	public String description() {
		return this.description;
	}

	@Override
	public boolean outsideTransaction() {
		return this.outsideTransaction;
	}

	@Override
	public List<Statement> render(Connection connection) throws SQLException {
		return this.render.statements(connection).stream().map((sql) -> new Statement(sql, 0)).toList();
	}

	@Override
	public String toString() {
		return this.description;
	}

}
