package io.migrate.operations;

import io.migrate.operations.Operation.CreateIndex;
import io.migrate.operations.Operation.DropIndex;

/**
 * PostgreSQL: {@code BYTEA} for binary data; {@code CONCURRENTLY} indexes, which cannot be built
 * inside a transaction, run outside the revision's transaction by themselves.
 */
final class PostgresRenderer extends SqlRenderer {

	@Override
	OperationPart part(Operation operation) {
		boolean concurrently = (operation instanceof CreateIndex index && index.concurrently())
				|| (operation instanceof DropIndex drop && drop.concurrently());
		return OperationPart.fixed(operation, render(operation), concurrently);
	}

	@Override
	String type(ColumnType type) {
		return "BLOB".equals(type.name()) ? "BYTEA" : super.type(type);
	}

	@Override
	String createIndex(CreateIndex index) {
		return index.concurrently() ? super.createIndex(index).replaceFirst("INDEX ", "INDEX CONCURRENTLY ")
				: super.createIndex(index);
	}

	@Override
	String dropIndex(DropIndex drop) {
		return drop.concurrently() ? "DROP INDEX CONCURRENTLY " + drop.name() : super.dropIndex(drop);
	}

}
