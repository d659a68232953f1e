package io.migrate.cli;

import io.migrate.MigrateException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into exit statuses and one {@code error: } line on stderr (with {@code --json}
 * also {@code {"error": ...}} on stdout, with {@code --debug} the stack trace), never showing the
 * password.
 */
final class ErrorReporter {

	/** Bad usage: unknown option, missing argument, no database URL, ... */
	int usageError(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		if (args.length == 0) {
			commandLine.usage(commandLine.getErr());
		}
		String message = ex.getMessage() + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')";
		report(commandLine, args, message, ex);
		return MigrateCli.USAGE;
	}

	/** A command failed. */
	int failure(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		String[] args = parseResult.originalArgs().toArray(String[]::new);
		if (ex instanceof MigrateException failure) {
			report(commandLine, args, failure.getMessage(), ex);
			return (failure.reason() == MigrateException.Reason.USAGE) ? MigrateCli.USAGE : MigrateCli.FAILURE;
		}
		String message = "unexpected " + ex.getClass().getSimpleName()
				+ ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		Settings settings = root(commandLine).settingsIfValid();
		if (settings == null || !settings.debug()) {
			message += " (run with --debug for the stack trace)";
		}
		report(commandLine, args, message, ex);
		return MigrateCli.FAILURE;
	}

	private void report(CommandLine commandLine, String[] args, String message, Exception ex) {
		Settings settings = root(commandLine).settingsIfValid();
		String masked = (settings != null) ? settings.mask(message) : message;
		PrintWriter err = commandLine.getErr();
		if (settings != null && settings.debug()) {
			StringWriter trace = new StringWriter();
			ex.printStackTrace(new PrintWriter(trace));
			err.print(settings.mask(trace.toString()));
		}
		err.println("error: " + oneLine(masked));
		err.flush();
		boolean json = Arrays.asList(args).contains("--json") || (settings != null && settings.json());
		if (json) {
			JsonOutput.error(commandLine.getOut(), masked);
		}
	}

	private static MigrateCommand root(CommandLine commandLine) {
		return (MigrateCommand) commandLine.getCommandSpec().root().userObject();
	}

	private static String oneLine(String message) {
		return (message != null) ? message.replaceAll("\\s*\\R\\s*", " ") : "";
	}

}
