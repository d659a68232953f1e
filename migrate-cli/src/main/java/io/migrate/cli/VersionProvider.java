package io.migrate.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version from the jar's manifest. */
class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = MigrateCli.class.getPackage().getImplementationVersion();
		return new String[] { "migrate " + ((version != null) ? version : "(development build)") };
	}

}
