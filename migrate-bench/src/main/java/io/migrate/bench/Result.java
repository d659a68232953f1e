package io.migrate.bench;

import java.util.Map;

/**
 * One line of the report: a tool's measure on one database at one size.
 * @param tool {@code migrate}, {@code flyway}, {@code liquibase} or {@code floor}
 * @param database {@code sqlite}, {@code postgresql}, or {@code none} for planning
 * @param storage {@code disk}, {@code tmpfs}, {@code server} or {@code memory}
 * @param revisions how many revisions
 * @param measure {@code apply}, {@code noop}, {@code downgrade}, {@code process-noop}, {@code plan}, ...
 * @param medianMs the median time, null when the tool cannot do it
 * @param minMs the smallest time
 * @param maxMs the largest time
 * @param ratioToFloor the median of the pairwise ratios to the floor, or null
 * @param ratioOfMigrate for a peer, the median of the pairwise ratios of migrate to it, or null
 * @param rssMiB for whole processes, the median peak resident set size in MiB, or null
 * @param note why there is no figure, or what the figure includes
 */
public record Result(String tool, String database, String storage, int revisions, String measure, Double medianMs,
		Double minMs, Double maxMs, Double ratioToFloor, Double ratioOfMigrate, Map<String, Double> rssMiB,
		String note) {

	/** @return a result from samples */
	static Result of(String tool, Target target, int revisions, String measure, Samples samples, Samples floor,
			Samples migrate) {
		return of(tool, target.database(), target.storage(), revisions, measure, samples, floor, migrate, null, null);
	}

	/** @return a result from samples */
	static Result of(String tool, String database, String storage, int revisions, String measure, Samples samples,
			Samples floor, Samples migrate, Map<String, Double> rssMiB, String note) {
		Double ratioToFloor = (floor != null && floor != samples) ? samples.ratioTo(floor) : null;
		Double ratioOfMigrate = (migrate != null && migrate != samples) ? migrate.ratioTo(samples) : null;
		return new Result(tool, database, storage, revisions, measure, samples.median(), samples.min(), samples.max(),
				ratioToFloor, ratioOfMigrate, rssMiB, note);
	}

	/** @return a line that says why a tool has no figure */
	static Result unsupported(String tool, Target target, int revisions, String measure, String note) {
		return new Result(tool, target.database(), target.storage(), revisions, measure, null, null, null, null, null,
				null, note);
	}

}
