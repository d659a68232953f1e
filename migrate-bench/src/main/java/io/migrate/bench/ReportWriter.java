package io.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the results as a Markdown table and as {@code bench-results.json}. */
public final class ReportWriter {

	private ReportWriter() {
	}

	/** @return the results as one Markdown table, in the order measured */
	public static String markdown(List<Result> results) {
		StringBuilder text = new StringBuilder();
		text.append("| database | storage | revisions | measure | tool | median ms | min ms | max ms | x floor |"
				+ " migrate / tool | peak RSS MiB | note |\n");
		text.append("|---|---|---:|---|---|---:|---:|---:|---:|---:|---:|---|\n");
		for (Result result : results) {
			text.append("| ").append(result.database()).append(" | ").append(result.storage()).append(" | ");
			text.append(result.revisions()).append(" | ").append(result.measure()).append(" | ");
			text.append(result.tool()).append(" | ").append(number(result.medianMs())).append(" | ");
			text.append(number(result.minMs())).append(" | ").append(number(result.maxMs())).append(" | ");
			text.append(ratio(result.ratioToFloor())).append(" | ").append(ratio(result.ratioOfMigrate())).append(" | ");
			text.append((result.rssMiB() != null) ? number(result.rssMiB().get("median")) : "").append(" | ");
			text.append((result.note() != null) ? result.note().replace("|", "\\|") : "").append(" |\n");
		}
		return text.toString();
	}

	private static String number(Double value) {
		if (value == null || value.isNaN()) {
			return "-";
		}
		return String.format(Locale.ROOT, (value < 10) ? "%.2f" : (value < 100) ? "%.1f" : "%.0f", value);
	}

	private static String ratio(Double value) {
		return (value == null) ? "" : String.format(Locale.ROOT, "%.2fx", value);
	}

	/**
	 * Writes {@code {"results": [...], "environment": {...}}}.
	 * @param file the file, its folder created if needed
	 * @param environment what machine, JVM and date the figures come from
	 */
	public static void json(List<Result> results, Map<String, Object> environment, Path file) throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("results", results);
		document.put("environment", environment);
		JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Files.writeString(file, mapper.writeValueAsString(document) + "\n");
	}

}
