package io.migrate.script;

import io.migrate.graph.Revision;

import java.util.List;
import java.util.Optional;

/**
 * A revision read from a SQL file: its header and the statements of its sections.
 * {@link RevisionFileParser} creates it.
 */
public final class SqlRevisionScript implements RevisionScript {

	private final Revision revision;

	private final String message;

	private final String created;

	private final String source;

	private final int revisionLine;

	private final boolean transactional;

	private final String checksum;

	private final List<Statement> upgrade;

	private final List<Statement> downgrade;

	SqlRevisionScript(Revision revision, String message, String created, String source, int revisionLine,
			boolean transactional, String checksum, List<Statement> upgrade, List<Statement> downgrade) {
		this.revision = revision;
		this.message = message;
		this.created = created;
		this.source = source;
		this.revisionLine = revisionLine;
		this.transactional = transactional;
		this.checksum = checksum;
		this.upgrade = List.copyOf(upgrade);
		this.downgrade = (downgrade != null) ? List.copyOf(downgrade) : null;
	}

	@Override
	public Revision revision() {
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

	/** @return the file's display path */
	@Override
	public String source() {
		return this.source;
	}

	/** @return the line of the {@code Revision} header in the file */
	int revisionLine() {
		return this.revisionLine;
	}

	@Override
	public boolean transactional() {
		return this.transactional;
	}

	@Override
	public String checksum() {
		return this.checksum;
	}

	@Override
	public List<Statement> upgrade() {
		return this.upgrade;
	}

	@Override
	public Optional<List<Statement>> downgrade() {
		return Optional.ofNullable(this.downgrade);
	}

	@Override
	public String toString() {
		return "SqlRevisionScript(" + this.revision.id() + " from " + this.source + ")";
	}

}
