package io.migrate.script;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatementSplitterTests {

	private static List<String> sql(String text) {
		return StatementSplitter.split("f.sql", text, 1).stream().map(Statement::sql).toList();
	}

	@Test
	void splitsOnSemicolonsAndTrims() {
		assertThat(sql("CREATE TABLE a (id INT);\n  DROP TABLE b ;\n")).containsExactly("CREATE TABLE a (id INT)",
				"DROP TABLE b");
	}

	@Test
	void aFinalStatementWithoutSemicolonCounts() {
		assertThat(sql("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void dropsEmptyStatements() {
		assertThat(sql(";;SELECT 1;;  ;\n;")).containsExactly("SELECT 1");
	}

	@Test
	void dropsStatementsThatAreOnlyComments() {
		assertThat(sql("SELECT 1;\n-- the end; really\n/* nothing; here */\n")).containsExactly("SELECT 1");
	}

	@Test
	void anEmptySectionHasNoStatements() {
		assertThat(sql("\n  \n")).isEmpty();
	}

	@Test
	void doesNotSplitInsideSingleQuotedStrings() {
		assertThat(sql("INSERT INTO t VALUES ('a;b');SELECT 2")).containsExactly("INSERT INTO t VALUES ('a;b')",
				"SELECT 2");
	}

	@Test
	void readsDoubledSingleQuotesAsAnEscape() {
		assertThat(sql("INSERT INTO t VALUES ('it''s; fine');SELECT 2")).containsExactly(
				"INSERT INTO t VALUES ('it''s; fine')", "SELECT 2");
	}

	@Test
	void doesNotSplitInsideDoubleQuotedIdentifiers() {
		assertThat(sql("CREATE TABLE \"a;\"\"b\" (id INT);SELECT 2")).containsExactly(
				"CREATE TABLE \"a;\"\"b\" (id INT)", "SELECT 2");
	}

	@Test
	void doesNotSplitInsideBacktickIdentifiers() {
		assertThat(sql("CREATE TABLE `a;b` (id INT);SELECT 2")).containsExactly("CREATE TABLE `a;b` (id INT)",
				"SELECT 2");
	}

	@Test
	void doesNotSplitInsideLineComments() {
		assertThat(sql("SELECT 1 -- first; second\n;SELECT 2")).containsExactly("SELECT 1 -- first; second",
				"SELECT 2");
	}

	@Test
	void doesNotSplitInsideBlockComments() {
		assertThat(sql("SELECT /* a; b\n c; */ 1;SELECT 2")).containsExactly("SELECT /* a; b\n c; */ 1", "SELECT 2");
	}

	@Test
	void aQuoteInsideACommentDoesNotOpenAString() {
		assertThat(sql("SELECT 1; -- don't\nSELECT 2;")).containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void dropsLeadingCommentsOfAStatement() {
		assertThat(sql("-- create a\n/* note */ CREATE TABLE a (id INT);")).containsExactly("CREATE TABLE a (id INT)");
	}

	@Test
	void keepsMysqlConditionalComments() {
		assertThat(sql("/*!40101 SET NAMES utf8 */;SELECT 1")).containsExactly("/*!40101 SET NAMES utf8 */", "SELECT 1");
	}

	@Test
	void doesNotSplitInsideDollarQuotes() {
		String function = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql";
		assertThat(sql(function + ";SELECT 2")).containsExactly(function, "SELECT 2");
	}

	@Test
	void doesNotSplitInsideTaggedDollarQuotes() {
		String function = "CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'a;b'; $body$ LANGUAGE sql";
		assertThat(sql(function + ";\nSELECT 2")).containsExactly(function, "SELECT 2");
	}

	@Test
	void aDollarQuoteEndsOnlyAtItsOwnTag() {
		String function = "DO $outer$ BEGIN EXECUTE $$ SELECT 1; $$; PERFORM $inner$;$inner$; END $outer$";
		assertThat(sql(function + ";SELECT 2")).containsExactly(function, "SELECT 2");
	}

	@Test
	void dollarSignsInIdentifiersAndParametersAreNotQuotes() {
		assertThat(sql("SELECT a$b$ FROM t WHERE x = $1;SELECT 2")).containsExactly("SELECT a$b$ FROM t WHERE x = $1",
				"SELECT 2");
	}

	@Test
	void keepsATriggerBodyWithSeveralStatementsTogether() {
		String trigger = """
				CREATE TRIGGER audit AFTER UPDATE ON employee
				BEGIN
				  INSERT INTO log VALUES (old.id, 'update');
				  UPDATE counters SET n = n + 1;
				END""";
		assertThat(sql(trigger + ";\nSELECT 2;")).containsExactly(trigger, "SELECT 2");
	}

	@Test
	void keepsATriggerBodyWithCaseEndTogether() {
		String trigger = """
				CREATE TRIGGER grade AFTER INSERT ON score
				BEGIN
				  UPDATE score SET grade = CASE WHEN new.points > 50 THEN 'pass' ELSE 'fail' END
				    WHERE id = new.id;
				  INSERT INTO log VALUES (CASE new.points WHEN 0 THEN 'zero' END);
				END""";
		assertThat(sql(trigger + ";\nSELECT 2;")).containsExactly(trigger, "SELECT 2");
	}

	@Test
	void keepsAMysqlTriggerWithIfAndEndCaseTogether() {
		String trigger = """
				CREATE DEFINER=`root`@`localhost` TRIGGER t BEFORE INSERT ON a FOR EACH ROW
				BEGIN
				  IF new.x < 0 THEN SET new.x = 0; END IF;
				  CASE new.y WHEN 1 THEN SET new.z = 1; ELSE SET new.z = 2; END CASE;
				END""";
		assertThat(sql(trigger + ";SELECT 2")).containsExactly(trigger, "SELECT 2");
	}

	@Test
	void splitsATriggerWithoutBodyNormally() {
		assertThat(sql("CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();SELECT 2"))
			.containsExactly("CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f()", "SELECT 2");
	}

	@Test
	void beginOutsideACreateTriggerDoesNotOpenABody() {
		assertThat(sql("CREATE TABLE trigger_log (id INT);BEGIN;SELECT 2")).containsExactly(
				"CREATE TABLE trigger_log (id INT)", "BEGIN", "SELECT 2");
	}

	@Test
	void keepsTheLineWhereEachStatementStartsCountingFromTheSectionsFirstLine() {
		List<Statement> statements = StatementSplitter.split("f.sql",
				"\n-- comment\nCREATE TABLE a (\n  id INT\n);\nINSERT INTO a VALUES ('x\ny'); INSERT INTO a VALUES (2);\n\n"
						+ "/* c\n */ DROP TABLE b",
				7);
		assertThat(statements).extracting(Statement::line).containsExactly(9, 12, 13, 16);
	}

	@Test
	void anUnclosedStringIsAnErrorAtTheLineWhereItOpens() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> StatementSplitter.split("f.sql",
				"SELECT 1;\nSELECT 'abc;\nSELECT 3;", 10))
			.withMessageStartingWith("f.sql:11: string opened with ' is not closed")
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(11));
	}

	@Test
	void anUnclosedBlockCommentIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> StatementSplitter.split("f.sql", "SELECT 1;\n/* open", 1))
			.withMessageStartingWith("f.sql:2: comment /* is not closed");
	}

	@Test
	void anUnclosedDollarQuoteIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> StatementSplitter.split("f.sql", "DO $x$ BEGIN END $y$;", 3))
			.withMessageStartingWith("f.sql:3: dollar quote $x$ is not closed");
	}

	@Test
	void aTriggerBodyWithoutEndIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> StatementSplitter.split("f.sql", "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
					+ "  DELETE FROM b;\n", 1))
			.withMessageStartingWith("f.sql:2: BEGIN has no matching END");
	}

}
