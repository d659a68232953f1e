package io.migrate.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;

/**
 * The {@code migrate} command line: {@code java -jar migrate.jar [options] COMMAND [args]}.
 * Exit status 0 on success, 1 when a command fails, 2 on bad usage.
 */
public final class MigrateCli {

	/** Exit status when a command fails. */
	public static final int FAILURE = 1;

	/** Exit status when the command line is not valid. */
	public static final int USAGE = 2;

	// Commands whose arguments may be relative targets such as -1 or -3:current.
	private static final List<String> TARGET_COMMANDS = List.of("upgrade", "downgrade", "stamp", "show", "merge",
			"revision");

	private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

	private MigrateCli() {
	}

	/** Runs the command line and exits with its status. */
	public static void main(String[] args) {
		CliEnvironment environment = CliEnvironment.system();
		configureLogging(environment, args);
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		System.exit(run(environment, out, err, args));
	}

	/**
	 * Runs one command in-process.
	 * @param environment the environment variables and working directory to use
	 * @param out where results go
	 * @param err where errors, debug output and (with --json) progress go
	 * @param args the arguments
	 * @return the exit status
	 */
	public static int run(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = commandLine(environment);
		commandLine.setOut(out);
		commandLine.setErr(err);
		try {
			return commandLine.execute(args);
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	/** @return the command line, with its error handling, for {@code environment} */
	public static CommandLine commandLine(CliEnvironment environment) {
		CommandLine commandLine = new CommandLine(new MigrateCommand(environment));
		for (String name : TARGET_COMMANDS) {
			commandLine.getSubcommands().get(name).setUnmatchedOptionsArePositionalParams(true);
		}
		ErrorReporter reporter = new ErrorReporter();
		commandLine.setParameterExceptionHandler(reporter::usageError);
		commandLine.setExecutionExceptionHandler(reporter::failure);
		return commandLine;
	}

	// migrate-core logs through slf4j; only warnings reach the terminal unless --debug.
	private static void configureLogging(CliEnvironment environment, String[] args) {
		if (System.getProperty(LOG_LEVEL) != null) {
			return;
		}
		boolean debug = Arrays.asList(args).contains("--debug")
				|| "true".equalsIgnoreCase(environment.variable(Settings.variableName("debug")));
		System.setProperty(LOG_LEVEL, debug ? "debug" : "warn");
	}

}
