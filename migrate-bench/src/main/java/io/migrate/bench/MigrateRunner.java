package io.migrate.bench;

import io.migrate.MigrateConfig;
import io.migrate.MigrationResult;
import io.migrate.Migrator;

import java.nio.file.Path;
import java.util.List;

/** migrate, through its Java API: {@code upgrade head}, {@code downgrade base}. */
public final class MigrateRunner implements ToolRunner {

	private Path folder;

	private int size;

	@Override
	public String name() {
		return "migrate";
	}

	@Override
	public void prepare(Workload workload, Path folder) throws Exception {
		this.folder = MigrateFiles.write(workload, folder);
		this.size = workload.size();
	}

	private Migrator migrator(Target target) {
		return Migrator.create(MigrateConfig.builder()
			.locations(List.of(this.folder.toString()))
			.connectionFactory(target::open)
			.build());
	}

	@Override
	public void upgrade(Target target) {
		MigrationResult result = migrator(target).upgrade("head");
		ToolRunner.check(result.steps().size() == this.size, "migrate applied " + result.steps().size());
	}

	@Override
	public void noop(Target target) {
		MigrationResult result = migrator(target).upgrade("head");
		ToolRunner.check(result.steps().isEmpty(), "migrate at head applied " + result.steps().size());
	}

	@Override
	public void downgrade(Target target) {
		MigrationResult result = migrator(target).downgrade("base");
		ToolRunner.check(result.steps().size() == this.size, "migrate reverted " + result.steps().size());
	}

}
