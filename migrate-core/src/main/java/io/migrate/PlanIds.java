package io.migrate;

import io.migrate.graph.Plan;
import io.migrate.graph.Step;
import io.migrate.script.RevisionScript;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** The id of a plan: a hash of its start rows and its steps, with each revision's checksum. */
final class PlanIds {

	private PlanIds() {
	}

	static String of(Plan plan, Map<String, RevisionScript> scripts) {
		StringBuilder text = new StringBuilder().append(String.join(",", plan.rowsBefore()));
		for (Step step : plan.steps()) {
			RevisionScript script = (step.revision() != null) ? scripts.get(step.revision()) : null;
			text.append('|').append(step.direction().label()).append(':').append(step.revision()).append(':')
				.append((script != null) ? script.checksum() : "");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
