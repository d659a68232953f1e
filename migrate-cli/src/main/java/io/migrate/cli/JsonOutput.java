package io.migrate.cli;

import io.migrate.CheckResult;
import io.migrate.MigrationResult;
import io.migrate.RevisionInfo;

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
		write(result.toJson());
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
		Map<String, Object> json = revision.toJson();
		json.put("path", TextOutput.relative(this.workingDirectory, revision.source()));
		return json;
	}

}
