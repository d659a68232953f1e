package io.migrate.spring.actuate;

import io.migrate.HistoryEntry;
import io.migrate.MigrationStatus;
import io.migrate.Migrator;
import io.migrate.RevisionInfo;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the database schema ({@code migrations}): UP at the target or ahead of it (a newer
 * release migrated, which a rolling deploy must tolerate), OUT_OF_SERVICE while revisions are
 * pending, DOWN when the last step failed or the target cannot be planned. Add it to the
 * readiness group with {@code management.endpoint.health.group.readiness.include=readinessState,migrations}.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Migrator migrator;

	private final String target;

	/**
	 * @param migrator the migrator
	 * @param target the configured target ({@code migrate.target})
	 */
	public MigrationsHealthIndicator(Migrator migrator, String target) {
		super("Migrations health check failed");
		this.migrator = migrator;
		this.target = target;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MigrationStatus status = this.migrator.status(this.target);
		builder.withDetail("current", status.current())
			.withDetail("target", this.target)
			.withDetail("pending", status.pending().size());
		if (status.lastStepFailed()) {
			HistoryEntry failed = status.lastStep();
			builder.down()
				.withDetail("failed", failed.direction() + " " + failed.revision())
				.withDetail("error", String.valueOf(failed.error()));
		}
		else if (status.problem() != null) {
			builder.down().withDetail("problem", status.problem());
		}
		else if (!status.pending().isEmpty()) {
			builder.outOfService()
				.withDetail("pendingRevisions", status.pending().stream().map(RevisionInfo::id).toList());
		}
		else {
			builder.up();
			if (!status.unknown().isEmpty()) {
				builder.withDetail("ahead", "the database is at " + String.join(", ", status.unknown())
						+ ", which this application does not know; a newer release migrated it");
			}
			else if (status.ahead()) {
				builder.withDetail("ahead", "the database is ahead of the target; a newer release migrated it");
			}
		}
	}

}
