package io.migrate.operations;

/** H2: large-object types for unbounded text and binary data; its own column-rename syntax. */
final class H2Renderer extends SqlRenderer {

	@Override
	String type(ColumnType type) {
		return switch (type.name()) {
			case "TEXT" -> "CHARACTER LARGE OBJECT";
			case "BLOB" -> "BINARY LARGE OBJECT";
			default -> super.type(type);
		};
	}

	@Override
	String renameColumn(String table, String column, String newName) {
		return "ALTER TABLE " + table + " ALTER COLUMN " + column + " RENAME TO " + newName;
	}

}
