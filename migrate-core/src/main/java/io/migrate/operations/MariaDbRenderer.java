package io.migrate.operations;

import io.migrate.operations.Operation.AlterColumn;
import io.migrate.operations.Operation.DropConstraint;
import io.migrate.operations.Operation.DropIndex;
import io.migrate.script.ConnectionRequiredException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB and MySQL: {@code AUTO_INCREMENT}, {@code DATETIME(6)} for timestamps, per-kind
 * {@code DROP} clauses. A column's type or nullability changes with {@code MODIFY COLUMN}, which
 * restates the whole column: what the operation does not say ({@code existing...}) is read from
 * {@code information_schema}, so such an operation needs a live connection.
 */
final class MariaDbRenderer extends SqlRenderer {

	@Override
	OperationPart part(Operation operation) {
		if (operation instanceof AlterColumn alter && (alter.type() != null || alter.nullable() != null)) {
			return new OperationPart(operation.describe(), false, (connection) -> modify(alter, connection));
		}
		return super.part(operation);
	}

	@Override
	String type(ColumnType type) {
		return switch (type.name()) {
			case "TIMESTAMP" -> "DATETIME(6)";
			case "DOUBLE" -> "DOUBLE";
			case "BLOB" -> "LONGBLOB";
			case "TEXT" -> "LONGTEXT";
			default -> super.type(type);
		};
	}

	@Override
	String identity() {
		return " AUTO_INCREMENT";
	}

	@Override
	String dropIndex(DropIndex drop) {
		return "DROP INDEX " + drop.name() + " ON " + drop.table();
	}

	@Override
	String dropConstraint(DropConstraint drop) {
		String prefix = "ALTER TABLE " + drop.table() + " DROP ";
		return switch (drop.type()) {
			case PRIMARY_KEY -> prefix + "PRIMARY KEY";
			case UNIQUE -> prefix + "INDEX " + drop.name();
			case FOREIGN_KEY -> prefix + "FOREIGN KEY " + drop.name();
			case CHECK -> prefix + "CONSTRAINT " + drop.name();
		};
	}

	private List<String> modify(AlterColumn alter, Connection connection) throws SQLException {
		String type = (alter.type() != null) ? type(alter.type())
				: (alter.existingType() != null) ? type(alter.existingType()) : null;
		Boolean nullable = (alter.nullable() != null) ? alter.nullable() : alter.existingNullable();
		Operation.Default serverDefault = (alter.serverDefault() != null) ? alter.serverDefault()
				: alter.existingServerDefault();
		String extra = "";
		if (type == null || nullable == null || serverDefault == null) {
			if (connection == null) {
				throw new ConnectionRequiredException(alter.describe() + " on MariaDB restates the whole column"
						+ " (MODIFY COLUMN) and reads what it does not say from the database; give existingType,"
						+ " existingNullable and existingServerDefault to render it offline");
			}
			String[] current = current(connection, alter.table(), alter.column());
			type = (type != null) ? type : current[0];
			nullable = (nullable != null) ? nullable : "YES".equals(current[1]);
			serverDefault = (serverDefault != null) ? serverDefault
					: new Operation.Default((current[2] == null || current[2].equals("NULL")) ? null : current[2]);
			extra = current[3].toLowerCase(java.util.Locale.ROOT).contains("auto_increment") ? " AUTO_INCREMENT" : "";
		}
		List<String> statements = new ArrayList<>();
		statements.add("ALTER TABLE " + alter.table() + " MODIFY COLUMN " + alter.column() + " " + type
				+ ((serverDefault.sql() != null) ? " DEFAULT " + serverDefault.sql() : "") + extra
				+ (nullable ? " NULL" : " NOT NULL"));
		if (alter.newName() != null) {
			statements.add(renameColumn(alter.table(), alter.column(), alter.newName()));
		}
		return statements;
	}

	/** @return type, IS_NULLABLE, default and extra of the column as the database has it */
	private static String[] current(Connection connection, String table, String column) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT,"
				+ " EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
				+ " AND COLUMN_NAME = ?")) {
			query.setString(1, table);
			query.setString(2, column);
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					throw new SQLException("Column " + table + "." + column + " does not exist");
				}
				return new String[] { row.getString(1), row.getString(2), row.getString(3),
						String.valueOf(row.getString(4)) };
			}
		}
	}

}
