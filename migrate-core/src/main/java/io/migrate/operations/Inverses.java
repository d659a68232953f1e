package io.migrate.operations;

import io.migrate.operations.Operation.AddColumn;
import io.migrate.operations.Operation.AddConstraint;
import io.migrate.operations.Operation.AlterColumn;
import io.migrate.operations.Operation.CreateIndex;
import io.migrate.operations.Operation.CreateTable;
import io.migrate.operations.Operation.DropColumn;
import io.migrate.operations.Operation.DropConstraint;
import io.migrate.operations.Operation.DropIndex;
import io.migrate.operations.Operation.DropTable;
import io.migrate.operations.Operation.RenameTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Derives a downgrade from an upgrade: the inverse of each operation, in reverse order. */
final class Inverses {

	private Inverses() {
	}

	/**
	 * @return the operations that undo {@code upgrade}, or null when one of them has no known
	 * inverse (see {@link #irreversible})
	 */
	static List<Operation> of(List<Operation> upgrade) {
		List<Operation> downgrade = new ArrayList<>();
		for (Operation operation : upgrade) {
			List<Operation> inverse = inverse(operation);
			if (inverse == null) {
				return null;
			}
			downgrade.addAll(0, inverse);
		}
		return Collections.unmodifiableList(downgrade);
	}

	/** @return the operations of {@code upgrade} that have no known inverse */
	static List<Operation> irreversible(List<Operation> upgrade) {
		return upgrade.stream().filter((operation) -> inverse(operation) == null).toList();
	}

	/** @return the operations that undo {@code operation}, in order, or null when not known */
	static List<Operation> inverse(Operation operation) {
		if (operation instanceof CreateTable create) {
			return List.of(new DropTable(create.table()));
		}
		if (operation instanceof RenameTable rename) {
			return List.of(new RenameTable(rename.newName(), rename.table()));
		}
		if (operation instanceof AddColumn add) {
			return inverseOfAddColumn(add);
		}
		if (operation instanceof AlterColumn alter) {
			return inverseOfAlterColumn(alter);
		}
		if (operation instanceof CreateIndex index) {
			return List.of(new DropIndex(index.name(), index.table(), index.concurrently()));
		}
		if (operation instanceof AddConstraint add && add.constraint().name() != null) {
			return List.of(new DropConstraint(add.constraint().name(), add.table(), add.constraint().type()));
		}
		return null;
	}

	private static List<Operation> inverseOfAddColumn(AddColumn add) {
		List<Operation> inverse = new ArrayList<>();
		for (Constraint constraint : ColumnConstraints.of(add.table(), add.column())) {
			inverse.add(0, new DropConstraint(constraint.name(), add.table(), constraint.type()));
		}
		inverse.add(new DropColumn(add.table(), add.column().name()));
		return inverse;
	}

	private static List<Operation> inverseOfAlterColumn(AlterColumn alter) {
		if ((alter.type() != null && alter.existingType() == null)
				|| (alter.nullable() != null && alter.existingNullable() == null)
				|| (alter.serverDefault() != null && alter.existingServerDefault() == null)) {
			return null;
		}
		String renamedBack = (alter.newName() != null) ? alter.column() : null;
		return List.of(new AlterColumn(alter.table(), alter.finalName(), renamedBack, alter.existingType(), alter.type(),
				alter.existingNullable(), alter.nullable(), alter.existingServerDefault(), alter.serverDefault()));
	}

}
