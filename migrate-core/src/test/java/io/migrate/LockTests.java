package io.migrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Many migrators starting at once apply each revision exactly once. */
class LockTests {

	@TempDir
	Path temp;

	@Test
	void concurrentUpgradesApplyEachRevisionOnce() throws Exception {
		SqliteFixture db = new SqliteFixture(this.temp);
		String parent = "";
		for (int i = 1; i <= 20; i++) {
			String id = String.format("r%02d", i);
			db.revision(id, parent, "CREATE TABLE t" + i + " (id INTEGER);", "DROP TABLE t" + i + ";");
			parent = id;
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<MigrationResult>> results = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				Callable<MigrationResult> upgrade = () -> db.migrator().upgrade("head");
				results.add(pool.submit(upgrade));
			}
			int steps = 0;
			for (Future<MigrationResult> result : results) {
				steps += result.get().steps().size();
			}
			assertThat(steps).isEqualTo(20);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(db.query("SELECT count(*) FROM migrate_history WHERE direction = 'upgrade' AND success = 1"))
			.containsExactly(List.of("20"));
		assertThat(db.migrator().current()).containsExactly("r20");
	}

}
