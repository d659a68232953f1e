package io.migrate.operations;

import io.migrate.dialect.Dialect;
import io.migrate.graph.Direction;
import io.migrate.script.RevisionIds;
import io.migrate.script.RevisionScript;
import io.migrate.script.ScriptException;
import io.migrate.script.Section;
import io.migrate.script.Statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@link JavaRevision} as the engine sees it: its {@link Revision @Revision} facts, its recorded
 * operations and their derived or written downgrade, rendered per dialect. The checksum
 * ({@code sha256-ops:<hex>}) is taken over the operations' canonical descriptions, so an edited
 * applied revision is caught as an edited file is, on every database alike.
 */
final class JavaRevisionScript implements RevisionScript {

	static final String CHECKSUM_TAG = "sha256-ops";

	private final io.migrate.graph.Revision revision;

	private final String message;

	private final String created;

	private final String source;

	private final List<Operation> upgrade;

	/** null when irreversible */
	private final List<Operation> downgrade;

	private final boolean derived;

	private final String checksum;

	private JavaRevisionScript(io.migrate.graph.Revision revision, String message, String created, String source,
			List<Operation> upgrade, List<Operation> downgrade, boolean derived) {
		this.revision = revision;
		this.message = message;
		this.created = created;
		this.source = source;
		this.upgrade = upgrade;
		this.downgrade = downgrade;
		this.derived = derived;
		this.checksum = checksum(upgrade, derived ? null : downgrade, derived);
	}

	/**
	 * @throws ScriptException when the class has no {@code @Revision}, a malformed id, or its
	 * upgrade or downgrade fails while recording
	 */
	static JavaRevisionScript of(JavaRevision instance) {
		Class<?> type = instance.getClass();
		String source = type.getName();
		Revision info = type.getAnnotation(Revision.class);
		if (info == null) {
			throw new ScriptException(source, 0, "a JavaRevision needs @Revision(id = ..., revises = ...)");
		}
		if (!RevisionIds.isValid(info.id())) {
			throw new ScriptException(source, 0, "revision id '" + info.id() + "' is not valid; use 1 to 32 letters,"
					+ " digits or underscores");
		}
		List<Operation> upgrade = record(source, "upgrade", instance::upgrade);
		List<Operation> downgrade;
		boolean derived;
		try {
			downgrade = record(source, "downgrade", instance::downgrade);
			derived = false;
		}
		catch (JavaRevision.Derived ex) {
			downgrade = Inverses.of(upgrade);
			derived = true;
		}
		io.migrate.graph.Revision revision = new io.migrate.graph.Revision(info.id(), List.of(info.revises()),
				List.of(info.branchLabels()), List.of(info.dependsOn()));
		return new JavaRevisionScript(revision, info.message(), info.created().isEmpty() ? null : info.created(), source,
				upgrade, downgrade, derived);
	}

	private static List<Operation> record(String source, String what, java.util.function.Consumer<Operations> body) {
		Operations op = new Operations();
		try {
			body.accept(op);
		}
		catch (JavaRevision.Derived ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new ScriptException(source, 0, "its " + what + " failed while recording operations: " + ex.getMessage());
		}
		return op.recorded();
	}

	private static String checksum(List<Operation> upgrade, List<Operation> written, boolean derived) {
		StringBuilder text = new StringBuilder("upgrade\n");
		upgrade.forEach((operation) -> text.append(operation.describe()).append('\n'));
		if (derived) {
			text.append("downgrade derived\n");
		}
		else {
			text.append("downgrade\n");
			written.forEach((operation) -> text.append(operation.describe()).append('\n'));
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return CHECKSUM_TAG + ":" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	@Override
	public io.migrate.graph.Revision revision() {
		return this.revision;
	}

	@Override
	public String message() {
		return this.message;
	}

	@Override
	public Optional<String> created() {
		return Optional.ofNullable(this.created);
	}

	/** @return the class name */
	@Override
	public String source() {
		return this.source;
	}

	/** @return true: each operation decides (a concurrent index runs outside the transaction by itself) */
	@Override
	public boolean transactional() {
		return true;
	}

	@Override
	public String checksum() {
		return this.checksum;
	}

	/** @return the upgrade rendered for the generic dialect */
	@Override
	public List<Statement> upgrade() {
		return generic(this.upgrade);
	}

	/** @return the downgrade rendered for the generic dialect; empty when irreversible */
	@Override
	public Optional<List<Statement>> downgrade() {
		return Optional.ofNullable(this.downgrade).map(JavaRevisionScript::generic);
	}

	@Override
	public boolean reversible() {
		return this.downgrade != null;
	}

	@Override
	public String irreversibleReason() {
		return "its upgrade has operations without a known inverse ("
				+ Inverses.irreversible(this.upgrade).stream().map(Operation::describe).map(JavaRevisionScript::shorten)
					.collect(Collectors.joining("; "))
				+ ") and the class does not override downgrade(Operations)";
	}

	@Override
	public Section section(Direction direction, Dialect dialect) {
		List<Operation> operations = (direction == Direction.UPGRADE) ? this.upgrade : this.downgrade;
		if (operations == null) {
			throw new IllegalStateException("No downgrade for " + this.source + ": " + irreversibleReason());
		}
		return SqlRenderer.of(dialect).section(operations);
	}

	/** @return the recorded upgrade */
	List<Operation> upgradeOperations() {
		return this.upgrade;
	}

	/** @return the downgrade (written or derived), or null */
	List<Operation> downgradeOperations() {
		return this.downgrade;
	}

	private static List<Statement> generic(List<Operation> operations) {
		SqlRenderer renderer = new SqlRenderer();
		List<Statement> statements = new ArrayList<>();
		for (Operation operation : operations) {
			renderer.render(operation).forEach((sql) -> statements.add(new Statement(sql, 0)));
		}
		return statements;
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	@Override
	public String toString() {
		return "JavaRevisionScript(" + this.revision.id() + " from " + this.source + ")";
	}

}
