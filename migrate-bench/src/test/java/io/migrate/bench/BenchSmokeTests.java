package io.migrate.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The smoke run (10 revisions, one repetition, SQLite only, no processes), so the harness cannot rot. */
class BenchSmokeTests {

	@TempDir
	Path work;

	@Test
	void smokeRunMeasuresEveryToolAndWritesTheResults() throws Exception {
		Path json = this.work.resolve("bench-results.json");
		BenchOptions options = BenchOptions.parse("--smoke", "--out", json.toString(), "--disk-dir",
				this.work.resolve("disk").toString());
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		Bench bench = new Bench(options, Layout.running(null), new PrintStream(progress, true));
		List<Result> results = bench.run();
		ReportWriter.json(results, Environment.describe(Layout.running(null)), json);

		assertThat(results).extracting(Result::tool).contains("floor", "migrate", "flyway", "liquibase");
		assertThat(results).filteredOn((result) -> result.database().equals("sqlite"))
			.extracting(Result::storage)
			.contains(Files.isDirectory(Path.of("/dev/shm")) ? new String[] { "disk", "tmpfs" } : new String[] { "disk" });
		assertThat(results).filteredOn((result) -> result.tool().equals("migrate") && result.revisions() == 10)
			.extracting(Result::measure)
			.contains("apply", "noop", "downgrade");
		assertThat(results).filteredOn((result) -> result.tool().equals("flyway") && result.measure().equals("downgrade"))
			.allSatisfy((result) -> assertThat(result.note()).contains("no undo"));
		assertThat(results).filteredOn((result) -> result.measure().equals("plan-total")).hasSize(1);
		assertThat(ReportWriter.markdown(results)).startsWith("| database | storage | revisions | measure | tool |");

		JsonNode first = JsonMapper.builder().build().readTree(Files.readString(json)).get("results").get(0);
		for (String key : List.of("tool", "database", "storage", "revisions", "measure", "medianMs", "minMs", "maxMs",
				"ratioToFloor")) {
			assertThat(first.has(key)).as(key).isTrue();
		}
	}

	@Test
	void pairwiseRatiosTakeTheMedianOfRatiosOfNeighbours() {
		Samples ours = new Samples();
		Samples floor = new Samples();
		double[][] pairs = { { 12, 10 }, { 30, 20 }, { 11, 10 } };
		for (double[] pair : pairs) {
			ours.add(pair[0]);
			floor.add(pair[1]);
		}
		assertThat(ours.ratioTo(floor)).isEqualTo(1.2);
		assertThat(ours.median()).isEqualTo(12);
		assertThat(ours.min()).isEqualTo(11);
		assertThat(ours.max()).isEqualTo(30);
	}

	@Test
	void workloadCreatesATableEveryTenthRevision() {
		Workload workload = Workload.of(25);
		assertThat(workload.changes()).hasSize(25);
		assertThat(workload.changes().get(0).upgrade()).startsWith("CREATE TABLE t0 ");
		assertThat(workload.changes().get(10).upgrade()).startsWith("CREATE TABLE t1 ");
		assertThat(workload.changes().get(1).upgrade()).startsWith("ALTER TABLE t0 ADD COLUMN c2");
		assertThat(workload.changes().get(2).downgrade()).isEqualTo("DROP INDEX ix3");
	}

}
