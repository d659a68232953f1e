package io.migrate.script;

import java.util.List;

import io.migrate.graph.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RevisionFileParserTests {

	private static final String DESIGN_EXAMPLE = """
			-- Revision: 51f20aa4768b
			-- Revises: 15537423c56d
			-- Message: add Department
			-- Created: 2023-08-02T17:33:01Z

			-- migrate:upgrade
			CREATE TABLE department (
			    id INTEGER NOT NULL PRIMARY KEY,
			    name VARCHAR NOT NULL,
			    address VARCHAR
			);

			-- migrate:downgrade
			DROP TABLE department;
			""";

	private final RevisionFileParser parser = new RevisionFileParser();

	private SqlRevisionScript parse(String text) {
		return this.parser.parse(new ScriptFile("r.sql", "/revs/r.sql", text));
	}

	private SqlRevisionScript parseHeader(String header) {
		return parse(header + "\n-- migrate:upgrade\nSELECT 1;\n");
	}

	private void assertError(String text, int line, String problem) {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> parse(text))
			.withMessageStartingWith("/revs/r.sql:" + line + ": ")
			.withMessageContaining(problem)
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("/revs/r.sql");
				assertThat(ex.line()).isEqualTo(line);
			});
	}

	@Test
	void parsesTheDesignExample() {
		SqlRevisionScript script = parse(DESIGN_EXAMPLE);
		assertThat(script.revision()).isEqualTo(Revision.of("51f20aa4768b", "15537423c56d"));
		assertThat(script.message()).isEqualTo("add Department");
		assertThat(script.created()).hasValue("2023-08-02T17:33:01Z");
		assertThat(script.transactional()).isTrue();
		assertThat(script.source()).isEqualTo("/revs/r.sql");
		assertThat(script.checksum()).isEqualTo(Checksums.sha256Lf(DESIGN_EXAMPLE));
		assertThat(script.upgrade()).containsExactly(new Statement(
				"CREATE TABLE department (\n    id INTEGER NOT NULL PRIMARY KEY,\n    name VARCHAR NOT NULL,\n"
						+ "    address VARCHAR\n)", 7));
		assertThat(script.downgrade()).hasValue(List.of(new Statement("DROP TABLE department", 14)));
	}

	@Test
	void readsTheRevisionId() {
		assertThat(parseHeader("-- Revision: ab_12").revision().id()).isEqualTo("ab_12");
	}

	@Test
	void readsKeysCaseInsensitively() {
		SqlRevisionScript script = parseHeader("-- REVISION: a1\n--revises:b2\n-- branch-labels: x\n-- TRANSACTIONAL: FALSE");
		assertThat(script.revision()).isEqualTo(new Revision("a1", List.of("b2"), List.of("x"), List.of()));
		assertThat(script.transactional()).isFalse();
	}

	@Test
	void allowsSpacesAroundTheColon() {
		assertThat(parseHeader("--   Revision :a1").revision().id()).isEqualTo("a1");
	}

	@Test
	void aMissingRevisesMakesABase() {
		assertThat(parseHeader("-- Revision: a1").revision().downRevisions()).isEmpty();
	}

	@Test
	void anEmptyRevisesMakesABase() {
		assertThat(parseHeader("-- Revision: a1\n-- Revises:").revision().downRevisions()).isEmpty();
	}

	@Test
	void severalRevisesMakeAMerge() {
		assertThat(parseHeader("-- Revision: m1\n-- Revises: a1, b2 ,c3").revision().downRevisions())
			.containsExactly("a1", "b2", "c3");
	}

	@Test
	void readsBranchLabelsAndDependsOn() {
		Revision revision = parseHeader("-- Revision: a1\n-- Branch-Labels: shiny, v2.x\n-- Depends-On: b2, other")
			.revision();
		assertThat(revision.branchLabels()).containsExactly("shiny", "v2.x");
		assertThat(revision.dependsOn()).containsExactly("b2", "other");
	}

	@Test
	void aMissingMessageIsEmpty() {
		assertThat(parseHeader("-- Revision: a1").message()).isEmpty();
	}

	@Test
	void aMissingCreatedIsEmpty() {
		assertThat(parseHeader("-- Revision: a1").created()).isEmpty();
	}

	@Test
	void acceptsCreatedWithAnOffsetOrWithoutAZone() {
		assertThat(parseHeader("-- Revision: a1\n-- Created: 2023-08-02T19:33:01.5+02:00").created())
			.hasValue("2023-08-02T19:33:01.5+02:00");
		assertThat(parseHeader("-- Revision: a1\n-- Created: 2023-08-02T17:33:01").created()).isPresent();
	}

	@Test
	void isTransactionalByDefault() {
		assertThat(parseHeader("-- Revision: a1").transactional()).isTrue();
	}

	@Test
	void allowsBlankLinesAndCommentsInTheHeader() {
		SqlRevisionScript script = parseHeader(
				"\n-- Add the department table\n-- -------------\n/* a block\n   comment: yes */\n-- Revision: a1\n");
		assertThat(script.revision().id()).isEqualTo("a1");
	}

	@Test
	void aMissingDowngradeSectionMakesTheRevisionIrreversible() {
		assertThat(parseHeader("-- Revision: a1").downgrade()).isEmpty();
	}

	@Test
	void anEmptyDowngradeSectionIsAnExplicitNoOp() {
		assertThat(parse("-- Revision: a1\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n\n").downgrade())
			.hasValue(List.of());
	}

	@Test
	void anEmptyUpgradeSectionIsAllowed() {
		assertThat(parse("-- Revision: m1\n-- Revises: a1, b2\n-- migrate:upgrade\n").upgrade()).isEmpty();
	}

	@Test
	void acceptsTheDowngradeSectionBeforeTheUpgradeSection() {
		SqlRevisionScript script = parse("-- Revision: a1\n-- migrate:downgrade\nDROP TABLE a;\n-- migrate:upgrade\n"
				+ "CREATE TABLE a (id INT);\n");
		assertThat(script.upgrade()).containsExactly(new Statement("CREATE TABLE a (id INT)", 5));
		assertThat(script.downgrade()).hasValue(List.of(new Statement("DROP TABLE a", 3)));
	}

	@Test
	void readsAFileWithAByteOrderMarkAndCrlfLineEndings() {
		SqlRevisionScript script = parse("\uFEFF" + DESIGN_EXAMPLE.replace("\n", "\r\n"));
		SqlRevisionScript plain = parse(DESIGN_EXAMPLE);
		assertThat(script.revision()).isEqualTo(plain.revision());
		assertThat(script.message()).isEqualTo("add Department");
		assertThat(script.upgrade()).isEqualTo(plain.upgrade());
		assertThat(script.downgrade()).isEqualTo(plain.downgrade());
		assertThat(script.checksum()).isEqualTo(plain.checksum());
	}

	@Test
	void anUnknownKeyIsAnErrorListingTheKnownKeys() {
		assertError("-- Revision: a1\n-- Revison: a1\n-- migrate:upgrade\n", 2,
				"unknown header key 'Revison'; the known keys are Revision, Revises, Message, Created, Branch-Labels,"
						+ " Depends-On, Transactional");
	}

	@Test
	void aMissingRevisionIsAnError() {
		assertError("-- Message: hi\n-- migrate:upgrade\nSELECT 1;\n", 1, "the header has no Revision");
	}

	@Test
	void anEmptyFileIsAnErrorForItsMissingRevision() {
		assertError("", 1, "the header has no Revision");
	}

	@Test
	void aMalformedRevisionIdIsAnError() {
		assertError("\n-- Revision: a-1\n-- migrate:upgrade\n", 2, "malformed revision id 'a-1'; use 1 to 32 characters");
	}

	@Test
	void aRevisionIdLongerThan32CharactersIsAnError() {
		assertError("-- Revision: " + "a".repeat(33) + "\n-- migrate:upgrade\n", 1, "malformed revision id");
	}

	@Test
	void aMalformedParentIdIsAnError() {
		assertError("-- Revision: a1\n-- Revises: b2, c:3\n-- migrate:upgrade\n", 2, "malformed revision id 'c:3' in Revises");
	}

	@Test
	void anEmptyEntryInRevisesIsAnError() {
		assertError("-- Revision: a1\n-- Revises: b2,,c3\n-- migrate:upgrade\n", 2, "Revises has an empty entry");
	}

	@Test
	void aMalformedBranchLabelIsAnError() {
		assertError("-- Revision: a1\n-- Branch-Labels: my@label\n-- migrate:upgrade\n", 2,
				"malformed name 'my@label' in Branch-Labels");
	}

	@Test
	void aDuplicateKeyIsAnErrorNamingBothLines() {
		assertError("-- Revision: a1\n-- Message: one\n-- message: two\n-- migrate:upgrade\n", 3,
				"header key 'Message' appears twice (first at line 2)");
	}

	@Test
	void aBadTransactionalValueIsAnError() {
		assertError("-- Revision: a1\n-- Transactional: no\n-- migrate:upgrade\n", 2,
				"Transactional must be true or false, not 'no'");
	}

	@Test
	void aBadCreatedIsAnError() {
		assertError("-- Revision: a1\n-- Created: yesterday\n-- migrate:upgrade\n", 2,
				"Created 'yesterday' is not an ISO-8601 date-time");
	}

	@Test
	void aMissingUpgradeSectionIsAnError() {
		assertError("-- Revision: a1\n\n-- migrate:downgrade\nDROP TABLE a;\n", 3,
				"there is no '-- migrate:upgrade' section");
	}

	@Test
	void aFileWithoutSectionsIsAnErrorForTheWholeFile() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> parse("-- Revision: a1\n"))
			.withMessage("/revs/r.sql: there is no '-- migrate:upgrade' section; add that line above the upgrade"
					+ " statements");
	}

	@Test
	void aSectionMarkerTwiceIsAnError() {
		assertError("-- Revision: a1\n-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\nSELECT 2;\n", 4,
				"section '-- migrate:upgrade' appears twice (first at line 2)");
	}

	@Test
	void sqlBeforeTheFirstSectionMarkerIsAnError() {
		assertError("-- Revision: a1\nCREATE TABLE a (id INT);\n-- migrate:upgrade\n", 2,
				"SQL before the first section marker");
	}

	@Test
	void anUnknownSectionMarkerIsAnError() {
		assertError("-- Revision: a1\n-- migrate:upgrade\nSELECT 1;\n-- migrate:rollback\n", 4,
				"unknown section marker '-- migrate:rollback'");
	}

	@Test
	void statementErrorsNameTheLineInTheFile() {
		assertError("-- Revision: a1\n\n-- migrate:upgrade\nSELECT 1;\nSELECT 'open;\n", 5, "string opened with '");
	}

}
