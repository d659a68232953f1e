package io.migrate.graph;

import org.junit.jupiter.api.Test;

import static io.migrate.graph.Graphs.branched;
import static io.migrate.graph.Graphs.linear;
import static io.migrate.graph.Graphs.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HistoryTests {

	@Test
	void everythingIsListedNewestFirst() {
		assertThat(linear().history(null, rows())).containsExactly("e", "d", "c", "b", "a");
	}

	@Test
	void branchesAreListedOneAtATime() {
		assertThat(branched().history(null, rows())).containsExactly("d1", "c1", "d2", "c2", "b", "a");
	}

	@Test
	void closedRangeIncludesBothEnds() {
		assertThat(linear().history("b:d", rows())).containsExactly("d", "c", "b");
	}

	@Test
	void openStartRunsFromBase() {
		assertThat(linear().history(":c", rows())).containsExactly("c", "b", "a");
	}

	@Test
	void openEndRunsToTheHeads() {
		assertThat(linear().history("c:", rows())).containsExactly("e", "d", "c");
	}

	@Test
	void currentStandsForTheRows() {
		assertThat(linear().history("current:", rows("c"))).containsExactly("e", "d", "c");
	}

	@Test
	void negativeStartCountsFromTheHeads() {
		assertThat(linear().history("-3:current", rows("d"))).containsExactly("d", "c", "b");
	}

	@Test
	void negativeStartPastBaseClampsAtBase() {
		assertThat(linear().history("-9:c", rows())).containsExactly("c", "b", "a");
	}

	@Test
	void relativeEndCountsFromTheStart() {
		assertThat(linear().history("a:+2", rows())).containsExactly("c", "b", "a");
	}

	@Test
	void relativeEndFromBaseCountsFromBase() {
		assertThat(linear().history(":+2", rows())).containsExactly("b", "a");
	}

	@Test
	void negativeEndIsRefused() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().history("a:-1", rows()))
			.withMessage("Relative revision -1 didn't produce 1 migrations");
	}

	@Test
	void rangeWithoutColonIsRefused() {
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> linear().history("c", rows()))
			.withMessage("History range requires [start]:[end], [start]:, or :[end]");
	}

	@Test
	void reversedRangeIsNotAncestral() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> linear().history("d:b", rows()));
	}

	@Test
	void rangeAcrossBranchesIsNotAncestral() {
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> branched().history("c1:d2", rows()));
	}

}
