package io.migrate.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionCommandsTests {

	@TempDir
	Path directory;

	private CliRunner cli;

	@BeforeEach
	void runner() {
		this.cli = new CliRunner(this.directory);
	}

	private Path revisions() {
		return this.directory.resolve(Settings.DEFAULT_LOCATION);
	}

	@Test
	void initCreatesTheRevisionsFolderInTheWorkingDirectory() {
		CliRunner.Result result = this.cli.runOffline("init");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(revisions()).isDirectory();
		assertThat(result.out()).contains("Creating directory").contains(revisions().toString());
	}

	@Test
	void initWithJsonWritesThePath() {
		JsonNode json = this.cli.runOffline("init", "--json").json();
		assertThat(Path.of(json.get("path").asString())).isEqualTo(revisions());
	}

	@Test
	void initUsesTheGivenLocation() {
		this.cli.runOffline("--location", "db/migrations", "init");
		assertThat(this.directory.resolve("db/migrations")).isDirectory();
	}

	@Test
	void revisionWritesAFileOnTopOfTheHeadAndPrintsItsPath() throws Exception {
		this.cli.runOffline("init");
		this.cli.runOffline("revision", "-m", "Initial migration", "--rev-id", "15537423c56d");
		CliRunner.Result result = this.cli.runOffline("revision", "-m", "add Department");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.out()).startsWith("Generating ").endsWith(" ... done\n");
		Path file = Path.of(result.out().substring("Generating ".length(), result.out().length() - " ... done\n".length()));
		assertThat(Files.readString(file)).contains("-- Revises: 15537423c56d").contains("-- Message: add Department");
		assertThat(file.getFileName().toString()).matches("[0-9a-f]{12}_add_department\\.sql");
	}

	@Test
	void revisionWithJavaWritesAClassBesideTheRevisionsFolder() throws Exception {
		this.cli.runOffline("init");
		this.cli.runOffline("revision", "-m", "Initial migration", "--rev-id", "15537423c56d");
		CliRunner.Result result = this.cli.runOffline("revision", "--java", "-m", "employee department", "--rev-id",
				"a3c9e2f1d7b4");
		assertThat(result.status()).as(result.err()).isZero();
		Path file = this.directory.resolve("src/main/java/db/revisions/Ra3c9e2f1d7b4_employee_department.java");
		assertThat(result.out()).contains(file.toString());
		assertThat(Files.readString(file)).contains("package db.revisions;")
			.contains("id = \"a3c9e2f1d7b4\"")
			.contains("15537423c56d")
			.contains("extends JavaRevision");
	}

	@Test
	void revisionWithJsonWritesThePathAndTheRevision() {
		this.cli.runOffline("init");
		JsonNode json = this.cli.runOffline("revision", "-m", "first", "--rev-id", "abc123", "--branch-label", "core",
				"--json").json();
		assertThat(Path.of(json.get("path").asString())).exists();
		JsonNode revision = json.get("revision");
		assertThat(revision.get("id").asString()).isEqualTo("abc123");
		assertThat(revision.get("revises")).isEmpty();
		assertThat(revision.get("branchLabels")).extracting(JsonNode::asString).containsExactly("core");
		assertThat(revision.get("head").asBoolean()).isTrue();
	}

	@Test
	void revisionWithHeadAndSpliceStartsABranch() {
		this.cli.employeesRevisions();
		JsonNode json = this.cli.runOffline("revision", "-m", "side", "--head", "15537423c56d", "--splice",
				"--depends-on", "51f20aa4768b", "--json").json();
		assertThat(json.get("revision").get("revises")).extracting(JsonNode::asString).containsExactly("15537423c56d");
		assertThat(json.get("revision").get("dependsOn")).extracting(JsonNode::asString).containsExactly("51f20aa4768b");
	}

	@Test
	void revisionWithoutAMessageExitsTwo() {
		assertThat(this.cli.runOffline("revision").status()).isEqualTo(2);
	}

	@Test
	void mergeHeadsWritesARevisionWithBothParents() {
		this.cli.employeesRevisions();
		this.cli.revision("a1b2c3d4e5f6", "15537423c56d", "add badge", "CREATE TABLE badge (id INTEGER);",
				"DROP TABLE badge;");
		CliRunner.Result result = this.cli.runOffline("merge", "-m", "merge badge", "heads", "--json");
		assertThat(result.status()).as(result.err()).isZero();
		JsonNode revision = result.json().get("revision");
		assertThat(revision.get("revises")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("51f20aa4768b", "a1b2c3d4e5f6");
		assertThat(revision.get("mergePoint").asBoolean()).isTrue();
		assertThat(this.cli.runOffline("heads", "--json").json().get("heads")).hasSize(1);
	}

}
