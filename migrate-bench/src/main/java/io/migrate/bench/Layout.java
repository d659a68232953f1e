package io.migrate.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where things are: the module's {@code target} folder (its classes, the libraries copied into
 * {@code target/lib}), the CLI jar, and the running JVM.
 */
public final class Layout {

	private final Path target;

	private final Path cliJar;

	/**
	 * @param target the module's {@code target} folder
	 * @param cliJar the CLI jar, or null for {@code migrate-cli/target/migrate.jar} beside this module
	 */
	public Layout(Path target, Path cliJar) {
		this.target = target.toAbsolutePath().normalize();
		this.cliJar = (cliJar != null) ? cliJar.toAbsolutePath().normalize()
				: this.target.getParent().resolveSibling("migrate-cli").resolve("target").resolve("migrate.jar");
	}

	/** @return the layout of the running bench: the folder of its jar or its classes */
	public static Layout running(Path cliJar) {
		try {
			Path code = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return new Layout(code.getParent(), cliJar);
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the module's {@code target} folder */
	public Path target() {
		return this.target;
	}

	/** @return the CLI jar (it may not exist) */
	public Path cliJar() {
		return this.cliJar;
	}

	/** @return the {@code java} launcher of the running JVM */
	public Path java() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/**
	 * @param prefixes file-name prefixes of the libraries in {@code target/lib} to include
	 * @return a class path of the bench's classes (as a jar without a {@code Class-Path}) and just
	 * those libraries
	 */
	public String classpath(String... prefixes) throws IOException {
		List<String> entries = new ArrayList<>();
		entries.add(this.target.resolve("migrate-bench-mains.jar").toString());
		try (Stream<Path> libs = Files.list(this.target.resolve("lib"))) {
			for (Path lib : libs.sorted().toList()) {
				String name = lib.getFileName().toString();
				for (String prefix : prefixes) {
					if (name.startsWith(prefix)) {
						entries.add(lib.toString());
						break;
					}
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

}
