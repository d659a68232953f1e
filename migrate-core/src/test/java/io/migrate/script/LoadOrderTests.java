package io.migrate.script;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadOrderTests {

	@Test
	void putsAFoldersOwnFilesBeforeItsSubfoldersEachByName() {
		List<String> paths = new ArrayList<>(List.of("b/z.sql", "a/x.sql", "m.sql", "b/c/a.sql", "a.sql", "b/a.sql",
				"B.sql", "a/b/y.sql"));
		paths.sort(LoadOrder.INSTANCE);
		assertThat(paths).containsExactly("B.sql", "a.sql", "m.sql", "a/x.sql", "a/b/y.sql", "b/a.sql", "b/z.sql",
				"b/c/a.sql");
	}

}
