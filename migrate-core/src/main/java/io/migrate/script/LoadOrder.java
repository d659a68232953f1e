package io.migrate.script;

import java.util.Comparator;

/**
 * The load order of relative paths ({@code /} separators): within a folder its own files first by
 * name, then its subfolders by name. Names compare by their characters (case-sensitive), so the
 * order is the same on every operating system.
 */
public final class LoadOrder implements Comparator<String> {

	/** The one instance. */
	public static final LoadOrder INSTANCE = new LoadOrder();

	private LoadOrder() {
	}

	// Segment by segment without splitting: a location of a thousand files is sorted at every start.
	@Override
	public int compare(String left, String right) {
		int a = 0;
		int b = 0;
		while (true) {
			int aEnd = left.indexOf('/', a);
			int bEnd = right.indexOf('/', b);
			boolean aIsFile = aEnd < 0;
			boolean bIsFile = bEnd < 0;
			if (aIsFile != bIsFile) {
				return aIsFile ? -1 : 1;
			}
			int byName = compareSegments(left, a, aIsFile ? left.length() : aEnd, right, b,
					bIsFile ? right.length() : bEnd);
			if (byName != 0 || aIsFile) {
				return byName;
			}
			a = aEnd + 1;
			b = bEnd + 1;
		}
	}

	// String.compareTo on left[a, aEnd) and right[b, bEnd)
	private static int compareSegments(String left, int a, int aEnd, String right, int b, int bEnd) {
		int length = Math.min(aEnd - a, bEnd - b);
		for (int k = 0; k < length; k++) {
			char x = left.charAt(a + k);
			char y = right.charAt(b + k);
			if (x != y) {
				return x - y;
			}
		}
		return (aEnd - a) - (bEnd - b);
	}

}
