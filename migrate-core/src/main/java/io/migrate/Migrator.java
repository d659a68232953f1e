package io.migrate;

import io.migrate.graph.Direction;
import io.migrate.graph.Plan;
import io.migrate.graph.RevisionException;
import io.migrate.graph.RevisionGraph;
import io.migrate.graph.Step;
import io.migrate.runtime.DatabaseSession;
import io.migrate.runtime.HistoryRecord;
import io.migrate.runtime.StepFailedException;
import io.migrate.script.RevisionScript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/**
 * The engine's facade: one method per command. Every method reads the revision files afresh;
 * every command that changes the database validates the whole plan first, takes the migration
 * lock, re-reads the version table under it, and records each step in the history table.
 */
public final class Migrator {

	private final MigrateConfig config;

	private final Database database;

	private Migrator(MigrateConfig config) {
		this.config = config;
		this.database = new Database(config);
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
		return migrate(Direction.UPGRADE, target, expectedPlanId);
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
		return migrate(Direction.DOWNGRADE, target, expectedPlanId);
	}

	private MigrationResult migrate(Direction direction, String target, String expectedPlanId) {
		String checked = Targets.single(target, direction);
		Catalog catalog = Catalog.load(this.config);
		return this.database.locked((session) -> {
			List<String> rows = session.rows();
			Plan plan = validatedPlan(catalog, session, direction, checked, rows);
			Checks.planId(expectedPlanId, PlanIds.of(plan, catalog.scripts()), plan);
			return execute(session, catalog, plan);
		});
	}

	/**
	 * Sets the version rows to {@code targets} without running any revision.
	 * @param purge whether to empty the version table first
	 */
	public MigrationResult stamp(List<String> targets, boolean purge) {
		Catalog catalog = Catalog.load(this.config);
		return this.database.locked((session) -> {
			List<String> rows = session.rows();
			if (!purge) {
				Checks.knownRows(catalog, rows);
			}
			Plan plan;
			try {
				plan = catalog.graph().planStamp(targets, purge ? List.of() : rows, false);
			}
			catch (RevisionException ex) {
				throw RevisionErrors.translate(ex, String.join(" ", targets), "stamp");
			}
			if (purge) {
				session.ensureTables();
				session.purge(this.config.appliedBy());
			}
			MigrationResult result = execute(session, catalog, plan);
			return new MigrationResult(rows, result.to(), result.steps(), result.heads());
		});
	}

	/**
	 * Plans an upgrade or downgrade from the database's current rows without running it.
	 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
	 */
	public MigrationPlan plan(Direction direction, String target) {
		String checked = Targets.single(target, direction);
		Catalog catalog = Catalog.load(this.config);
		return this.database.read((session) -> {
			Plan plan = validatedPlan(catalog, session, direction, checked, session.rows());
			List<PlannedStep> steps = new ArrayList<>(plan.steps().size());
			for (Step step : plan.steps()) {
				RevisionScript script = catalog.script(step.revision());
				steps.add(new PlannedStep(direction, step.revision(), script.message(), session.preview(script, direction)));
			}
			return new MigrationPlan(direction, target, plan.rowsBefore(), plan.rowsAfter(), steps,
					PlanIds.of(plan, catalog.scripts()));
		});
	}

	private Plan validatedPlan(Catalog catalog, DatabaseSession session, Direction direction, String target,
			List<String> rows) throws java.sql.SQLException {
		Checks.knownRows(catalog, rows);
		if (this.config.validateChecksums()) {
			Checks.checksums(catalog, rows, session.appliedChecksums());
		}
		Plan plan = Targets.plan(catalog.graph(), direction, target, rows);
		Checks.reversible(catalog, plan);
		return plan;
	}

	private MigrationResult execute(DatabaseSession session, Catalog catalog, Plan plan) throws java.sql.SQLException {
		if (plan.isEmpty()) {
			return new MigrationResult(plan.rowsBefore(), plan.rowsAfter(), List.of(), catalog.graph().heads());
		}
		session.ensureTables();
		List<StepResult> results = new ArrayList<>(plan.steps().size());
		try {
			session.run(plan, catalog.scripts(), this.config.appliedBy(), (done) -> {
				StepResult result = new StepResult(done.step().direction(), done.step().revision(), done.message(),
						done.durationMs());
				results.add(result);
				this.config.listener().stepCompleted(result);
			});
		}
		catch (StepFailedException ex) {
			throw StepFailures.translate(ex);
		}
		return new MigrationResult(plan.rowsBefore(), plan.rowsAfter(), results, catalog.graph().heads());
	}

	/**
	 * The offline script of an upgrade or downgrade: the SQL of every step with the version- and
	 * history-table statements, in one text. {@code target} may be a range {@code from:to};
	 * without a range the start is the database's rows when a connection is configured, else
	 * base (an offline downgrade needs a range).
	 */
	public String sql(Direction direction, String target) {
		return new OfflineScripts(this.config, this.database).render(direction, target);
	}

	/** @return the version-table rows, sorted; empty when the table does not exist (never creates it) */
	public List<String> current() {
		return this.database.read(DatabaseSession::rows);
	}

	/** @return every revision, in load order */
	public List<RevisionInfo> revisions() {
		Catalog catalog = Catalog.load(this.config);
		return catalog.infos(catalog.scripts().keySet());
	}

	/** @return every head, in load order */
	public List<RevisionInfo> heads() {
		Catalog catalog = Catalog.load(this.config);
		return catalog.infos(catalog.graph().heads());
	}

	/** @return the branch points, in load order */
	public List<RevisionInfo> branches() {
		Catalog catalog = Catalog.load(this.config);
		RevisionGraph graph = catalog.graph();
		return catalog.infos(catalog.scripts().keySet().stream().filter(graph::isBranchPoint).toList());
	}

	/**
	 * @param range {@code [start]:[end]} (ids, {@code current}, relative bounds), or null for all
	 * @return the revisions, newest first
	 */
	public List<RevisionInfo> history(String range) {
		Catalog catalog = Catalog.load(this.config);
		List<String> rows = (range != null && range.contains("current")) ? currentRows(catalog) : List.of();
		try {
			return catalog.infos(catalog.graph().history(range, rows));
		}
		catch (RevisionException ex) {
			throw RevisionErrors.translate(ex, range, "history");
		}
	}

	/** @return the revisions {@code revision} names ({@code current}, {@code heads}, an id, a label, ...) */
	public List<RevisionInfo> show(String revision) {
		Catalog catalog = Catalog.load(this.config);
		if ("current".equals(revision)) {
			return catalog.infos(currentRows(catalog));
		}
		try {
			return catalog.infos(catalog.graph().resolve(revision));
		}
		catch (RevisionException ex) {
			throw RevisionErrors.translate(ex, revision, "show");
		}
	}

	private List<String> currentRows(Catalog catalog) {
		List<String> rows = current();
		Checks.knownRows(catalog, rows);
		return rows;
	}

	/** @return the revisions an upgrade to {@code target} would apply, in order */
	public List<RevisionInfo> pending(String target) {
		return status(target).pending();
	}

	/**
	 * Where the database stands against {@code target}, read in one pass without taking the lock
	 * and without changing anything.
	 */
	public MigrationStatus status(String target) {
		return new StatusReport(this.config, this.database).status(target);
	}

	/**
	 * @param limit how many rows at most
	 * @return the history table's newest rows, newest first; empty when the table does not exist
	 */
	public List<HistoryEntry> appliedHistory(int limit) {
		return this.database.read((session) -> session.history(limit).stream().map(Migrator::entry).toList());
	}

	static HistoryEntry entry(HistoryRecord row) {
		return new HistoryEntry(row.id(), row.revision(), row.direction(), row.versionsBefore(), row.versionsAfter(),
				row.message(), row.checksum(), row.appliedAt(), row.appliedBy(), row.durationMs(), row.success(),
				row.error());
	}

	/** @return every problem with the revisions and the database; ok when none and at head */
	public CheckResult check() {
		return new Inspection(this.config, this.database).check();
	}

	/** Creates the revisions folder. @return the folder */
	public Path init() {
		return new Authoring(this.config).init();
	}

	/** Writes a new revision file on top of the head (or the given heads). */
	public CreatedRevision revision(NewRevision request) {
		return new Authoring(this.config).revision(Catalog.load(this.config), request, false);
	}

	/**
	 * Writes a new Java revision class skeleton on top of the head (or the given heads), as
	 * {@code migrate revision --java} does: {@code R<id>_<slug>.java} in package {@code db.revisions}.
	 * @param sourceDirectory the folder of package {@code db.revisions} in a source tree, or null for
	 * the Java source folder beside the revision directory ({@code src/main/resources/db/revisions}
	 * becomes {@code src/main/java/db/revisions}; another directory is used as it is)
	 */
	public CreatedRevision javaRevision(NewRevision request, Path sourceDirectory) {
		return new Authoring(this.config).javaRevision(Catalog.load(this.config), request, sourceDirectory);
	}

	/** Writes a merge revision whose parents are {@code request.heads()} (e.g. {@code heads}). */
	public CreatedRevision merge(NewRevision request) {
		return new Authoring(this.config).revision(Catalog.load(this.config), request, true);
	}


}
