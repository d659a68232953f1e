package io.migrate.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandsTests {

	@TempDir
	Path directory;

	private CliRunner cli;

	@BeforeEach
	void employees() {
		this.cli = new CliRunner(this.directory);
		this.cli.employeesRevisions();
	}

	/** Adds a labelled branch off the first revision, so that there are two heads. */
	private void addBadgeBranch() {
		this.cli.revision("a1b2c3d4e5f6", "15537423c56d", "add badge", "-- Branch-Labels: badges\n",
				"CREATE TABLE badge (id INTEGER);", "DROP TABLE badge;");
	}

	@Test
	void currentMarksTheHead() {
		this.cli.run("upgrade");
		assertThat(this.cli.run("current").out()).isEqualTo("51f20aa4768b (head)\n");
	}

	@Test
	void currentBelowTheHeadHasNoMarker() {
		this.cli.run("upgrade", "+1");
		assertThat(this.cli.run("current").out()).isEqualTo("15537423c56d\n");
	}

	@Test
	void currentWithJsonListsTheVersionRows() {
		this.cli.run("upgrade");
		JsonNode json = this.cli.run("current", "--json").json();
		assertThat(json.get("current")).extracting(JsonNode::asString).containsExactly("51f20aa4768b");
	}

	@Test
	void currentOfAnEmptyDatabaseIsEmpty() {
		CliRunner.Result result = this.cli.run("current", "--json");
		assertThat(result.status()).isZero();
		assertThat(result.json().get("current")).isEmpty();
	}

	@Test
	void headsListsEveryHeadWithLabels() {
		addBadgeBranch();
		assertThat(this.cli.run("heads").lines()).containsExactly("51f20aa4768b (head)", "a1b2c3d4e5f6 (badges) (head)");
	}

	@Test
	void headsWithJsonListsIdsInLoadOrder() {
		addBadgeBranch();
		JsonNode json = this.cli.runOffline("heads", "--json").json();
		assertThat(json.get("heads")).extracting(JsonNode::asString).containsExactly("51f20aa4768b", "a1b2c3d4e5f6");
	}

	@Test
	void branchesShowsTheBranchPointAndWhereItLeads() {
		addBadgeBranch();
		assertThat(this.cli.run("branches").lines()).containsExactly("15537423c56d (branchpoint), Initial migration",
				"             -> 51f20aa4768b (head), add Department",
				"             -> a1b2c3d4e5f6 (badges) (head), add badge");
	}

	@Test
	void branchesWithJsonListsTheBranchPoints() {
		addBadgeBranch();
		JsonNode json = this.cli.run("branches", "--json").json();
		assertThat(json.get("branches")).hasSize(1);
		assertThat(json.get("branches").get(0).get("branchPoint").asBoolean()).isTrue();
	}

	@Test
	void historyListsNewestFirstAsAlembicDoes() {
		assertThat(this.cli.runOffline("history").lines()).containsExactly(
				"15537423c56d -> 51f20aa4768b (head), add Department", "<base> -> 15537423c56d, Initial migration");
	}

	@Test
	void historyVerboseShowsParentsDatesAndFiles() {
		String out = this.cli.runOffline("history", "--verbose").out();
		assertThat(out).contains("Rev: 51f20aa4768b (head)\nParent: 15537423c56d\n")
			.contains("Created: 2024-01-02T03:04:05Z")
			.contains("Path: src/main/resources/db/revisions/51f20aa4768b_add_Department.sql")
			.contains("    add Department")
			.contains("Rev: 15537423c56d\nParent: <base>\n");
	}

	@Test
	void historyVerboseShowsBranchNamesAndBranchPoints() {
		addBadgeBranch();
		String out = this.cli.runOffline("history", "--verbose").out();
		assertThat(out).contains("Rev: 15537423c56d (branchpoint)\nParent: <base>\nBranches into: 51f20aa4768b, a1b2c3d4e5f6\n")
			.contains("Branch names: badges");
	}

	@Test
	void historyWithJsonHasTheRevisionShape() {
		JsonNode json = this.cli.runOffline("history", "--json").json();
		assertThat(json.get("revisions")).hasSize(2);
		JsonNode newest = json.get("revisions").get(0);
		assertThat(newest.get("id").asString()).isEqualTo("51f20aa4768b");
		assertThat(newest.get("revises")).extracting(JsonNode::asString).containsExactly("15537423c56d");
		assertThat(newest.get("message").asString()).isEqualTo("add Department");
		assertThat(newest.get("branchLabels")).isEmpty();
		assertThat(newest.get("dependsOn")).isEmpty();
		assertThat(newest.get("created").asString()).isEqualTo("2024-01-02T03:04:05Z");
		assertThat(newest.get("head").asBoolean()).isTrue();
		assertThat(newest.get("branchPoint").asBoolean()).isFalse();
		assertThat(newest.get("mergePoint").asBoolean()).isFalse();
	}

	@Test
	void historyTakesARangeFromBelowTheHeadsToCurrent() {
		this.cli.run("upgrade", "+1");
		CliRunner.Result result = this.cli.run("history", "-r", "-1:current");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.lines()).containsExactly("<base> -> 15537423c56d, Initial migration");
	}

	@Test
	void showPrintsTheRevisionInFull() {
		CliRunner.Result result = this.cli.runOffline("show", "51f2");
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.out()).startsWith("Rev: 51f20aa4768b (head)\nParent: 15537423c56d\n");
	}

	@Test
	void showWithJsonListsTheRevisions() {
		JsonNode json = this.cli.runOffline("show", "head", "--json").json();
		assertThat(json.get("revisions")).extracting((revision) -> revision.get("id").asString())
			.containsExactly("51f20aa4768b");
	}

	@Test
	void checkAtHeadExitsZero() {
		this.cli.run("upgrade");
		CliRunner.Result result = this.cli.run("check");
		assertThat(result.status()).isZero();
		assertThat(result.out()).contains("OK");
	}

	@Test
	void checkBelowHeadExitsOneWithAnErrorLine() {
		this.cli.run("upgrade", "+1");
		CliRunner.Result result = this.cli.run("check");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).startsWith("error: ");
	}

	@Test
	void checkWithJsonHasTheCheckShape() {
		JsonNode json = this.cli.run("check", "--json").json();
		assertThat(json.get("ok").asBoolean()).isFalse();
		assertThat(json.get("current")).isEmpty();
		assertThat(json.get("heads")).extracting(JsonNode::asString).containsExactly("51f20aa4768b");
		assertThat(json.get("problems").isArray()).isTrue();
	}

}
