package io.migrate;

import io.migrate.graph.Direction;

import java.nio.file.Path;
import java.util.List;

/**
 * The engine's facade: one method per command. Every method reads the revision files afresh;
 * every command that changes the database validates the whole plan first, takes the migration
 * lock, and records each step in the history table.
 */
public final class Migrator {

	private final MigrateConfig config;

	private Migrator(MigrateConfig config) {
		this.config = config;
	}

	/** @return a migrator for this configuration */
	public static Migrator create(MigrateConfig config) {
		return new Migrator(config);
	}

	/** @return the configuration */
	public MigrateConfig config() {
		return this.config;
	}

	/** @return a migrator that records {@code principal} as who applied the steps */
	public Migrator withAppliedBy(String principal) {
		return new Migrator(this.config.toBuilder().appliedBy(principal).build());
	}

	/** Upgrades to {@code target} ({@code head}, {@code heads}, an id, {@code +1}, ...). */
	public MigrationResult upgrade(String target) {
		return upgrade(target, null);
	}

	/**
	 * Upgrades to {@code target} if the plan is still {@code expectedPlanId}.
	 * @param expectedPlanId the id of a plan from {@link #plan}, or null to run whatever the plan is
	 */
	public MigrationResult upgrade(String target, String expectedPlanId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Downgrades to {@code target} ({@code -1}, {@code base}, an id, ...). */
	public MigrationResult downgrade(String target) {
		return downgrade(target, null);
	}

	/**
	 * Downgrades to {@code target} if the plan is still {@code expectedPlanId}.
	 * @param expectedPlanId the id of a plan from {@link #plan}, or null to run whatever the plan is
	 */
	public MigrationResult downgrade(String target, String expectedPlanId) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Sets the version rows to {@code targets} without running any revision.
	 * @param purge whether to empty the version table first
	 */
	public MigrationResult stamp(List<String> targets, boolean purge) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Plans an upgrade or downgrade from the database's current rows without running it.
	 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
	 */
	public MigrationPlan plan(Direction direction, String target) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The offline script of an upgrade or downgrade: the SQL of every step with the version- and
	 * history-table statements, in one text. {@code target} may be a range {@code from:to};
	 * without a range the start is the database's rows when a connection is configured, else
	 * base (an offline downgrade needs a range).
	 */
	public String sql(Direction direction, String target) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the version-table rows, sorted; empty when the table does not exist (never creates it) */
	public List<String> current() {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return every revision, in load order */
	public List<RevisionInfo> revisions() {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return every head, in load order */
	public List<RevisionInfo> heads() {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the branch points, in load order */
	public List<RevisionInfo> branches() {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param range {@code [start]:[end]} (ids, {@code current}, relative bounds), or null for all
	 * @return the revisions, newest first
	 */
	public List<RevisionInfo> history(String range) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the revisions {@code revision} names ({@code current}, {@code heads}, an id, a label, ...) */
	public List<RevisionInfo> show(String revision) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return the revisions an upgrade to {@code target} would apply, in order */
	public List<RevisionInfo> pending(String target) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * @param limit how many rows at most
	 * @return the history table's newest rows, newest first; empty when the table does not exist
	 */
	public List<HistoryEntry> appliedHistory(int limit) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @return every problem with the revisions and the database; ok when none and at head */
	public CheckResult check() {
		throw new UnsupportedOperationException("not yet");
	}

	/** Creates the revisions folder. @return the folder */
	public Path init() {
		throw new UnsupportedOperationException("not yet");
	}

	/** Writes a new revision file on top of the head (or the given heads). */
	public CreatedRevision revision(NewRevision request) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Writes a merge revision whose parents are {@code request.heads()} (e.g. {@code heads}). */
	public CreatedRevision merge(NewRevision request) {
		throw new UnsupportedOperationException("not yet");
	}

}
