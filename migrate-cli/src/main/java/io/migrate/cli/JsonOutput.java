package io.migrate.cli;

import io.migrate.CheckResult;
import io.migrate.MigrationResult;
import io.migrate.RevisionInfo;
import io.migrate.StepResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the {@code --json} shapes of design section 6, one JSON document per command on stdout.
 * Keys are fixed; keys beyond the contract are only ever added.
 */
final class JsonOutput {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final PrintWriter out;

	private final Path workingDirectory;

	JsonOutput(PrintWriter out, Path workingDirectory) {
		this.out = out;
		this.workingDirectory = workingDirectory;
	}

	/** Writes {@code document} as one line. */
	void write(Map<String, ?> document) {
		this.out.println(MAPPER.writeValueAsString(document));
		this.out.flush();
	}

	void revisions(String key, List<RevisionInfo> revisions) {
		write(Map.of(key, revisions.stream().map(this::revision).toList()));
	}

	void ids(String key, List<String> ids) {
		write(Map.of(key, ids));
	}

	void result(MigrationResult result) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("from", result.from());
		document.put("to", result.to());
		document.put("steps", result.steps().stream().map(JsonOutput::step).toList());
		write(document);
	}

	void created(Path path, RevisionInfo revision) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("path", path.toString());
		document.put("revision", revision(revision));
		write(document);
	}

	void check(CheckResult result) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("ok", result.ok());
		document.put("current", result.current());
		document.put("heads", result.heads());
		document.put("problems", result.problems());
		write(document);
	}

	/** Writes {@code {"error": message}}. */
	static void error(PrintWriter out, String message) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("error", message);
		out.println(MAPPER.writeValueAsString(document));
		out.flush();
	}

	Map<String, Object> revision(RevisionInfo revision) {
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
		json.put("path", TextOutput.relative(this.workingDirectory, revision.source()));
		return json;
	}

	private static Map<String, Object> step(StepResult step) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("direction", step.direction().label());
		json.put("revision", step.revision());
		json.put("durationMs", step.durationMs());
		json.put("message", step.message());
		return json;
	}

}
