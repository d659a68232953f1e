package io.migrate.spring.autoconfigure;

import java.util.List;

import io.migrate.MigrateException;
import io.migrate.MigrationPlan;
import io.migrate.MigrationResult;
import io.migrate.MigrationStatus;
import io.migrate.Migrator;
import io.migrate.PlannedStep;
import io.migrate.graph.Direction;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The default {@link MigrationStrategy}: {@code migrate.on-startup} applied to
 * {@code migrate.target}. It only ever upgrades.
 */
final class StartupMigration implements MigrationStrategy {

	private static final Log logger = LogFactory.getLog(StartupMigration.class);

	private final MigrateProperties.OnStartup onStartup;

	private final String target;

	StartupMigration(MigrateProperties.OnStartup onStartup, String target) {
		this.onStartup = onStartup;
		this.target = target;
	}

	@Override
	public void migrate(Migrator migrator) {
		try {
			switch (this.onStartup) {
				case UPGRADE -> upgrade(migrator);
				case VALIDATE -> validate(migrator);
				case NONE -> logger.info("migrate.on-startup is 'none': the database is left as it is");
			}
		}
		catch (MigrateException ex) {
			if (ex.reason() != MigrateException.Reason.UNKNOWN_REVISION) {
				throw ex;
			}
			// A newer release migrated already; a rolling deploy must tolerate the old release.
			logger.warn("The database is at a revision this application does not know (a newer release "
					+ "may have migrated it); it is left alone. " + ex.getMessage());
		}
	}

	private void upgrade(Migrator migrator) {
		MigrationResult result = migrator.upgrade(this.target);
		if (!result.steps().isEmpty()) {
			logger.info("Migrated the database from " + result.from() + " to " + result.to() + " in "
					+ result.steps().size() + " step(s)");
			return;
		}
		if (atHeadsAsTargeted(result)) {
			logger.info("The database is up to date at " + result.to());
			return;
		}
		MigrationStatus status = migrator.status(this.target);
		if (status.ahead()) {
			logger.warn("The database is at " + result.to() + ", ahead of the target '" + this.target + "' "
					+ status.targetRevisions() + "; startup only upgrades, so it is left alone");
		}
		else {
			logger.info("The database is up to date at " + result.to());
		}
	}

	// Every restart of every instance lands here: with the usual target, the upgrade's own result
	// says the database is at its heads, without reading the revisions a second time.
	private boolean atHeadsAsTargeted(MigrationResult result) {
		boolean headTarget = this.target.equals("head") || this.target.equals("heads");
		return headTarget && !result.to().isEmpty() && result.heads().containsAll(result.to());
	}

	private void validate(Migrator migrator) {
		MigrationPlan plan = migrator.plan(Direction.UPGRADE, this.target);
		if (!plan.steps().isEmpty()) {
			List<String> pending = plan.steps().stream().map(PlannedStep::revision).toList();
			throw new PendingRevisionsException(this.target, plan.from(), pending);
		}
		logger.info("The database is at the target '" + this.target + "' " + plan.from());
	}

}
