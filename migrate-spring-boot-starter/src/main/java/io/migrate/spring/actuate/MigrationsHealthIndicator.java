package io.migrate.spring.actuate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.migrate.HistoryEntry;
import io.migrate.MigrateException;
import io.migrate.Migrator;
import io.migrate.RevisionInfo;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the database schema ({@code migrations}): UP at the target or ahead of it (a newer
 * release migrated, which a rolling deploy must tolerate), OUT_OF_SERVICE while revisions are
 * pending, DOWN when the last step failed. Add it to the readiness group with
 * {@code management.endpoint.health.group.readiness.include=readinessState,migrations}.
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
		List<String> current = this.migrator.current();
		builder.withDetail("current", current).withDetail("target", this.target);
		List<HistoryEntry> last = this.migrator.appliedHistory(1);
		if (!last.isEmpty() && !last.get(0).success()) {
			HistoryEntry failed = last.get(0);
			builder.down()
				.withDetail("failed", failed.direction() + " " + failed.revision())
				.withDetail("error", String.valueOf(failed.error()));
			return;
		}
		List<RevisionInfo> pending;
		try {
			pending = this.migrator.pending(this.target);
		}
		catch (MigrateException ex) {
			if (ex.reason() == MigrateException.Reason.UNKNOWN_REVISION) {
				builder.up()
					.withDetail("pending", 0)
					.withDetail("ahead", "the database is at a revision this application does not know; "
							+ "a newer release migrated it");
				return;
			}
			throw ex;
		}
		builder.withDetail("pending", pending.size());
		if (!pending.isEmpty()) {
			builder.outOfService().withDetail("pendingRevisions", pending.stream().map(RevisionInfo::id).toList());
			return;
		}
		builder.up();
		if (isAhead(current)) {
			builder.withDetail("ahead", "the database is ahead of the target; a newer release migrated it");
		}
	}

	private boolean isAhead(List<String> current) {
		try {
			List<RevisionInfo> revisions = this.migrator.revisions();
			Set<String> targetIds = new HashSet<>(this.migrator.show(this.target).stream().map(RevisionInfo::id).toList());
			Set<String> atTarget = MigrationsJson.applied(targetIds, revisions);
			return !atTarget.containsAll(MigrationsJson.applied(current, revisions));
		}
		catch (MigrateException ex) {
			// A relative target names no fixed revision to compare with.
			return false;
		}
	}

}
