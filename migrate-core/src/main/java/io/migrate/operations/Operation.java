package io.migrate.operations;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One recorded operation: an immutable value, rendered by each dialect. {@link #describe()} is
 * the dialect-independent description that checksums are taken over, so it must stay stable.
 */
sealed interface Operation {

	/** @return the table the operation changes, or null ({@code execute}) */
	String table();

	/** @return the canonical description, e.g. {@code dropColumn(employees, email)} */
	String describe();

	/** A server default change: {@code sql} null means no default. */
	record Default(String sql) {

		@Override
		public String toString() {
			return (this.sql != null) ? this.sql : "none";
		}

	}

	record CreateTable(String table, List<Column> columns, List<Constraint> constraints) implements Operation {

		@Override
		public String describe() {
			return "createTable(" + this.table + ", [" + join(this.columns) + "], [" + join(this.constraints) + "])";
		}

	}

	record DropTable(String table) implements Operation {

		@Override
		public String describe() {
			return "dropTable(" + this.table + ")";
		}

	}

	record RenameTable(String table, String newName) implements Operation {

		@Override
		public String describe() {
			return "renameTable(" + this.table + ", " + this.newName + ")";
		}

	}

	record AddColumn(String table, Column column) implements Operation {

		@Override
		public String describe() {
			return "addColumn(" + this.table + ", " + this.column + ")";
		}

	}

	record DropColumn(String table, String column) implements Operation {

		@Override
		public String describe() {
			return "dropColumn(" + this.table + ", " + this.column + ")";
		}

	}

	/** Null fields are left as they are ({@code existing...}: not known). */
	record AlterColumn(String table, String column, String newName, ColumnType type, ColumnType existingType,
			Boolean nullable, Boolean existingNullable, Default serverDefault, Default existingServerDefault)
			implements Operation {

		/** @return whether the column's type, nullability or default changes (not only its name) */
		boolean changesDefinition() {
			return this.type != null || this.nullable != null || this.serverDefault != null;
		}

		/** @return the name after the operation */
		String finalName() {
			return (this.newName != null) ? this.newName : this.column;
		}

		@Override
		public String describe() {
			StringBuilder text = new StringBuilder("alterColumn(").append(this.table).append(", ").append(this.column);
			append(text, "newName", this.newName);
			append(text, "type", this.type);
			append(text, "existingType", this.existingType);
			append(text, "nullable", this.nullable);
			append(text, "existingNullable", this.existingNullable);
			append(text, "serverDefault", this.serverDefault);
			append(text, "existingServerDefault", this.existingServerDefault);
			return text.append(')').toString();
		}

		private static void append(StringBuilder text, String key, Object value) {
			if (value != null) {
				text.append(", ").append(key).append('=').append(value);
			}
		}

	}

	record CreateIndex(String name, String table, List<String> columns, boolean unique, boolean concurrently)
			implements Operation {

		@Override
		public String describe() {
			return "createIndex(" + this.name + ", " + this.table + ", [" + String.join(", ", this.columns) + "]"
					+ (this.unique ? ", unique" : "") + (this.concurrently ? ", concurrently" : "") + ")";
		}

	}

	record DropIndex(String name, String table, boolean concurrently) implements Operation {

		@Override
		public String describe() {
			return "dropIndex(" + this.name + ", " + this.table + (this.concurrently ? ", concurrently" : "") + ")";
		}

	}

	record AddConstraint(String table, Constraint constraint) implements Operation {

		@Override
		public String describe() {
			return "addConstraint(" + this.table + ", " + this.constraint + ")";
		}

	}

	record DropConstraint(String name, String table, ConstraintType type) implements Operation {

		@Override
		public String describe() {
			return "dropConstraint(" + this.name + ", " + this.table + ", " + this.type + ")";
		}

	}

	record Execute(String sql) implements Operation {

		@Override
		public String table() {
			return null;
		}

		@Override
		public String describe() {
			return "execute(" + this.sql + ")";
		}

	}

	record BulkInsert(String table, List<String> columns, List<List<Object>> rows) implements Operation {

		@Override
		public String describe() {
			return "bulkInsert(" + this.table + ", [" + String.join(", ", this.columns) + "], "
					+ this.rows.stream()
						.map((row) -> row.stream().map(Literals::canonical).collect(Collectors.joining(", ", "(", ")")))
						.collect(Collectors.joining(", ", "[", "]"))
					+ ")";
		}

	}

	private static String join(List<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
