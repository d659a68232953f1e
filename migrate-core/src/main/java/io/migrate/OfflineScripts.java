package io.migrate;

import io.migrate.MigrateException.Reason;
import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.graph.RevisionGraph;
import io.migrate.runtime.OfflineScript;
import io.migrate.script.ConnectionRequiredException;

import java.util.List;

/** The {@code --sql} command: a plan written as one script instead of run. */
final class OfflineScripts {

	/** Where the script starts: the rows, and the dialect to write in. */
	private record Start(List<String> rows, Dialect dialect) {
	}

	private final MigrateConfig config;

	private final Database database;

	OfflineScripts(MigrateConfig config, Database database) {
		this.config = config;
		this.database = database;
	}

	String render(Direction direction, String target) {
		Catalog catalog = Catalog.load(this.config);
		Targets.Range range = Targets.range(target, direction);
		RevisionGraph graph = catalog.graph();
		Start start = start(graph, range, direction);
		Checks.knownRows(catalog, start.rows());
		Plan plan = Targets.plan(graph, direction, range.end(), start.rows());
		Checks.reversible(catalog, plan);
		boolean fromEmpty = start.rows().isEmpty() && direction == Direction.UPGRADE;
		String title = direction.label() + " "
				+ ((range.start() != null) ? range.start() : Checks.describe(start.rows())) + ":" + range.end();
		try {
			return new OfflineScript(start.dialect(), this.config.versionTable(), this.config.historyTable())
				.render(plan, catalog.scripts(), title, fromEmpty, this.database.offlineUser());
		}
		catch (ConnectionRequiredException ex) {
			throw new MigrateException(Reason.USAGE, "Cannot write the offline script: " + ex.getMessage(), ex);
		}
	}

	// A range starts where it says; without one, at the database's rows when there is a database.
	private Start start(RevisionGraph graph, Targets.Range range, Direction direction) {
		if (range.start() == null && this.database.configured()) {
			return this.database.read((session) -> new Start(session.rows(), session.dialect()));
		}
		if (range.start() == null && direction == Direction.DOWNGRADE) {
			throw new MigrateException(Reason.USAGE, "An offline downgrade needs a range to start from: "
					+ "`downgrade <from>:<to> --sql`, e.g. `downgrade head:-1 --sql`, or a database URL");
		}
		List<String> rows = (range.start() != null) ? Targets.resolveAll(graph, range.start(), direction) : List.of();
		return new Start(rows, this.database.offlineDialect());
	}

}
