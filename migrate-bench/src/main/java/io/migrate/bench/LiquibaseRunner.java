package io.migrate.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase through its command API with a formatted-SQL changelog: {@code update} (which
 * validates the changelog and its checksums by default) and {@code rollback-count N}. Usage
 * analytics are off; its log and console output go nowhere, as no tool here pays for output.
 */
public final class LiquibaseRunner implements ToolRunner {

	static {
		System.setProperty("liquibase.analytics.enabled", "false");
	}

	private Path folder;

	private int size;

	@Override
	public String name() {
		return "liquibase";
	}

	@Override
	public void prepare(Workload workload, Path folder) throws Exception {
		this.folder = LiquibaseChangelog.write(workload, folder).getParent();
		this.size = workload.size();
	}

	/**
	 * Runs one Liquibase command on a new connection, as an application start would.
	 * @param command {@code update} or {@code rollbackCount}
	 * @param count the count of {@code rollbackCount}, else ignored
	 */
	static void run(Connection connection, Path folder, String command, int count) throws Exception {
		Map<String, Object> scope = new HashMap<>();
		scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(folder));
		scope.put(Scope.Attr.ui.name(), new LoggerUIService());
		scope.put(Scope.Attr.logService.name(), new NoOpLogService());
		scope.put("liquibase.analytics.enabled", false);
		Scope.child(scope, () -> {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			try {
				CommandScope scoped = new CommandScope(command).addArgumentValue("database", database)
					.addArgumentValue("changelogFile", LiquibaseChangelog.FILE_NAME);
				if (command.equals("update")) {
					scoped.addArgumentValue("showSummary", UpdateSummaryEnum.OFF);
				}
				else {
					scoped.addArgumentValue("count", count);
				}
				scoped.execute();
			}
			finally {
				// a restart starts with none of Liquibase's per-database caches
				LockServiceFactory.getInstance().resetAll();
				Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
				database.close();
			}
		});
	}

	/** Runs {@code update} on {@code connection}, which it closes, with the changelog in {@code folder}. */
	public static void update(Connection connection, Path folder) throws Exception {
		run(connection, folder, "update", 0);
	}

	private int appliedCount(Target target) throws Exception {
		try (Connection connection = target.open(); java.sql.Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM databasechangelog")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	@Override
	public void upgrade(Target target) throws Exception {
		run(target.open(), this.folder, "update", 0);
		ToolRunner.check(appliedCount(target) == this.size, "liquibase did not apply every changeset");
	}

	@Override
	public void noop(Target target) throws Exception {
		run(target.open(), this.folder, "update", 0);
	}

	@Override
	public void downgrade(Target target) throws Exception {
		run(target.open(), this.folder, "rollbackCount", this.size);
		ToolRunner.check(appliedCount(target) == 0, "liquibase did not roll every changeset back");
	}

}
