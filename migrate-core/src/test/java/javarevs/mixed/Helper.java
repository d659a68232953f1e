package javarevs.mixed;

/** Not a revision: classes in the revisions package that are not JavaRevisions are skipped. */
public final class Helper {

	private Helper() {
	}

}
