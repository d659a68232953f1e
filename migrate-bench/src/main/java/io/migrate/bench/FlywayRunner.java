package io.migrate.bench;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway (community edition) through its Java API: {@code migrate}, which validates by default.
 * The community edition has no undo, so it cannot downgrade.
 */
public final class FlywayRunner implements ToolRunner {

	private Path folder;

	private int size;

	@Override
	public String name() {
		return "flyway";
	}

	@Override
	public void prepare(Workload workload, Path folder) throws Exception {
		this.folder = FlywayFiles.write(workload, folder);
		this.size = workload.size();
	}

	/** @return a Flyway configured as an application would, with the defaults */
	static Flyway flyway(String url, String user, String password, Path folder) {
		return Flyway.configure()
			.dataSource(url, user, password)
			.locations("filesystem:" + folder)
			.load();
	}

	private MigrateResult migrate(Target target) {
		return flyway(target.url(), target.user(), target.password(), this.folder).migrate();
	}

	@Override
	public void upgrade(Target target) {
		MigrateResult result = migrate(target);
		ToolRunner.check(result.migrationsExecuted == this.size, "flyway applied " + result.migrationsExecuted);
	}

	@Override
	public void noop(Target target) {
		MigrateResult result = migrate(target);
		ToolRunner.check(result.migrationsExecuted == 0, "flyway at head applied " + result.migrationsExecuted);
	}

	@Override
	public boolean canDowngrade() {
		return false;
	}

	@Override
	public void downgrade(Target target) {
		throw new UnsupportedOperationException("Flyway's community edition has no undo");
	}

}
