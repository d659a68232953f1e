package io.migrate;

import io.migrate.graph.Direction;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys of design sections 6 and 7, shared by the command line and the endpoint. */
class JsonShapeTests {

	@Test
	void revisionHasTheContractKeysInOrder() {
		RevisionInfo revision = new RevisionInfo("b2", List.of("a1"), "m", List.of("l"), List.of(), null, true, false,
				false, "b2.sql");

		assertThat(revision.toJson()).containsOnlyKeys("id", "revises", "message", "branchLabels", "dependsOn", "created",
				"head", "branchPoint", "mergePoint");
		assertThat(revision.toJson().keySet()).startsWith("id", "revises", "message");
	}

	@Test
	void resultHasFromToAndStepsWithNullRevisionForBase() {
		MigrationResult result = new MigrationResult(List.of("a1"), List.of(),
				List.of(new StepResult(Direction.STAMP, null, "", 3)), List.of("a1"));

		assertThat(result.toJson()).containsOnlyKeys("from", "to", "steps");
		assertThat(result.toJson().get("steps")).asList()
			.singleElement()
			.satisfies((step) -> assertThat(step).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("direction", "stamp")
				.containsEntry("revision", null)
				.containsEntry("durationMs", 3L));
	}

	@Test
	void historyRowHasTheContractKeys() {
		HistoryEntry entry = new HistoryEntry(1, "a1", "upgrade", List.of(), List.of("a1"), "m", "sha256-lf:00",
				Instant.parse("2026-11-21T07:00:00Z"), "alice", 5, true, null);

		assertThat(entry.toJson()).containsOnlyKeys("revision", "direction", "versionsBefore", "versionsAfter", "message",
				"checksum", "appliedAt", "appliedBy", "durationMs", "success", "error");
		assertThat(entry.toJson()).containsEntry("appliedAt", "2026-11-21T07:00:00Z");
	}

	@Test
	void planCarriesItsIdAndTheSqlOfEachStep() {
		MigrationPlan plan = new MigrationPlan(Direction.DOWNGRADE, "-1", List.of("b2"), List.of("a1"),
				List.of(new PlannedStep(Direction.DOWNGRADE, "b2", "m", List.of("DROP TABLE t"))), "0123456789abcdef");

		assertThat(plan.toJson()).containsEntry("planId", "0123456789abcdef").containsEntry("dryRun", true);
		assertThat(plan.toJson().get("steps")).asList().singleElement().asString().contains("DROP TABLE t");
	}

}
