package io.migrate.spring.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.migrate.HistoryEntry;
import io.migrate.MigrationPlan;
import io.migrate.MigrationResult;
import io.migrate.PlannedStep;
import io.migrate.RevisionInfo;
import io.migrate.StepResult;

/**
 * The JSON shapes of design section 7 (and of the command line's {@code --json}), as ordered
 * maps so that the keys are exactly these whatever the JSON library's settings.
 */
final class MigrationsJson {

	private MigrationsJson() {
	}

	static Map<String, Object> revision(RevisionInfo revision) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", revision.id());
		json.put("revises", revision.revises());
		json.put("message", revision.message());
		json.put("branchLabels", revision.branchLabels());
		json.put("dependsOn", revision.dependsOn());
		json.put("created", revision.created());
		json.put("head", revision.head());
		json.put("branchPoint", revision.branchPoint());
		json.put("mergePoint", revision.mergePoint());
		return json;
	}

	static Map<String, Object> history(HistoryEntry entry) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("revision", entry.revision());
		json.put("direction", entry.direction());
		json.put("versionsBefore", entry.versionsBefore());
		json.put("versionsAfter", entry.versionsAfter());
		json.put("message", entry.message());
		json.put("checksum", entry.checksum());
		json.put("appliedAt", (entry.appliedAt() != null) ? entry.appliedAt().toString() : null);
		json.put("appliedBy", entry.appliedBy());
		json.put("durationMs", entry.durationMs());
		json.put("success", entry.success());
		json.put("error", entry.error());
		return json;
	}

	static Map<String, Object> result(MigrationResult result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("from", result.from());
		json.put("to", result.to());
		json.put("steps", result.steps().stream().map(MigrationsJson::step).toList());
		return json;
	}

	private static Map<String, Object> step(StepResult step) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("direction", step.direction().label());
		json.put("revision", step.revision());
		json.put("message", step.message());
		json.put("durationMs", step.durationMs());
		return json;
	}

	static Map<String, Object> plan(MigrationPlan plan) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dryRun", true);
		json.put("direction", plan.direction().label());
		json.put("target", plan.target());
		json.put("from", plan.from());
		json.put("to", plan.to());
		json.put("steps", plan.steps().stream().map(MigrationsJson::plannedStep).toList());
		json.put("planId", plan.planId());
		return json;
	}

	private static Map<String, Object> plannedStep(PlannedStep step) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("direction", step.direction().label());
		json.put("revision", step.revision());
		json.put("message", step.message());
		json.put("sql", step.sql());
		return json;
	}

	static Map<String, Object> error(String message) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("error", message);
		return json;
	}

}
