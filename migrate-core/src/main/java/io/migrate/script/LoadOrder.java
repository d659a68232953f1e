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

	@Override
	public int compare(String left, String right) {
		String[] a = left.split("/");
		String[] b = right.split("/");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			boolean aIsFile = i == a.length - 1;
			boolean bIsFile = i == b.length - 1;
			if (aIsFile != bIsFile) {
				return aIsFile ? -1 : 1;
			}
			int byName = a[i].compareTo(b[i]);
			if (byName != 0) {
				return byName;
			}
		}
		return Integer.compare(a.length, b.length);
	}

}
