package io.migrate.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SQLite table's definition as the database has it, read for a rebuild: columns, primary key,
 * unique constraints, foreign keys and checks (from the pragmas, with names and checks from the
 * {@code CREATE TABLE} text), and the indexes and triggers to recreate.
 */
final class SqliteTable {

	/** An index created with CREATE INDEX, with the columns it covers (null for expressions). */
	record Index(String name, String sql, List<String> columns) {
	}

	final String name;

	final List<Column> columns = new ArrayList<>();

	final List<String> primaryKey = new ArrayList<>();

	final boolean autoincrement;

	final List<Constraint> constraints = new ArrayList<>();

	final List<Index> indexes = new ArrayList<>();

	final List<String> triggers = new ArrayList<>();

	private SqliteTable(String name, boolean autoincrement) {
		this.name = name;
		this.autoincrement = autoincrement;
	}

	static SqliteTable read(Connection connection, String table) throws SQLException {
		List<List<String>> master = query(connection,
				"SELECT sql FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)", table);
		if (master.isEmpty()) {
			throw new SQLException("Table " + table + " does not exist");
		}
		String sql = master.get(0).get(0);
		SqliteTable model = new SqliteTable(table, sql.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT"));
		List<SqliteTableSql.Written> written = SqliteTableSql.constraints(sql);
		Map<Integer, String> key = new TreeMap<>();
		for (List<String> row : query(connection,
				"SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid", table)) {
			if (!"0".equals(row.get(5))) {
				throw new SQLException("Table " + table + " has generated or hidden column " + row.get(0)
						+ ", which the rebuild cannot copy; change it with execute(...)");
			}
			ColumnType type = row.get(1).isEmpty() ? ColumnType.NONE : ColumnType.sql(row.get(1));
			Column column = Column.of(row.get(0), type);
			column = "1".equals(row.get(2)) ? column.notNull() : column;
			model.columns.add((row.get(3) != null) ? column.serverDefault(row.get(3)) : column);
			if (!"0".equals(row.get(4))) {
				key.put(Integer.valueOf(row.get(4)), row.get(0));
			}
		}
		model.primaryKey.addAll(key.values());
		model.readUniques(connection, written);
		model.readForeignKeys(connection, written);
		for (SqliteTableSql.Written check : written) {
			if (check.kind().equals("CHECK") && check.condition() != null) {
				model.constraints.add(Constraint.check(check.name(), check.condition()));
			}
		}
		for (List<String> row : query(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
				+ " AND lower(tbl_name) = lower(?) AND sql IS NOT NULL ORDER BY rowid", table)) {
			List<String> columns = new ArrayList<>();
			for (List<String> column : query(connection, "SELECT name FROM pragma_index_info(?) ORDER BY seqno",
					row.get(0))) {
				columns.add(column.get(0));
			}
			model.indexes.add(new Index(row.get(0), row.get(1), columns.contains(null) ? null : columns));
		}
		for (List<String> row : query(connection, "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
				+ " AND lower(tbl_name) = lower(?) AND sql IS NOT NULL ORDER BY rowid", table)) {
			model.triggers.add(row.get(0));
		}
		return model;
	}

	private void readUniques(Connection connection, List<SqliteTableSql.Written> written) throws SQLException {
		for (List<String> index : query(connection,
				"SELECT name FROM pragma_index_list(?) WHERE origin = 'u' ORDER BY seq DESC", this.name)) {
			List<String> columns = new ArrayList<>();
			for (List<String> row : query(connection, "SELECT name FROM pragma_index_info(?) ORDER BY seqno",
					index.get(0))) {
				columns.add(row.get(0));
			}
			this.constraints.add(Constraint.unique(nameOf(written, "UNIQUE", columns), columns.toArray(String[]::new)));
		}
	}

	private void readForeignKeys(Connection connection, List<SqliteTableSql.Written> written) throws SQLException {
		Map<String, List<List<String>>> byId = new LinkedHashMap<>();
		for (List<String> row : query(connection, "SELECT id, \"table\", \"from\", \"to\", on_delete"
				+ " FROM pragma_foreign_key_list(?) ORDER BY id DESC, seq", this.name)) {
			byId.computeIfAbsent(row.get(0), (id) -> new ArrayList<>()).add(row);
		}
		for (List<List<String>> rows : byId.values()) {
			String parent = rows.get(0).get(1);
			List<String> from = rows.stream().map((row) -> row.get(2)).toList();
			List<String> to = rows.stream().map((row) -> row.get(3)).toList();
			if (to.contains(null)) {
				to = query(connection, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", parent).stream()
					.map((row) -> row.get(0))
					.toList();
			}
			String onDelete = rows.get(0).get(4);
			String name = nameOf(written, "FOREIGN", from);
			name = (name != null) ? name : nameOf(written, "REFERENCES", from);
			this.constraints.add(Constraint.foreignKey(name, from, parent, to,
					(onDelete == null || onDelete.equals("NO ACTION")) ? null : onDelete));
		}
	}

	private static String nameOf(List<SqliteTableSql.Written> written, String kind, List<String> columns) {
		for (SqliteTableSql.Written constraint : written) {
			if (constraint.kind().equals(kind) && constraint.name() != null
					&& lower(constraint.columns()).equals(lower(columns))) {
				return constraint.name();
			}
		}
		return null;
	}

	private static List<String> lower(List<String> names) {
		return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
	}

	static List<List<String>> query(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				List<List<String>> result = new ArrayList<>();
				int count = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					List<String> row = new ArrayList<>(count);
					for (int i = 1; i <= count; i++) {
						row.add(rows.getString(i));
					}
					result.add(row);
				}
				return result;
			}
		}
	}

}
