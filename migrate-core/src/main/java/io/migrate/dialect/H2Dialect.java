package io.migrate.dialect;

/** H2: transactional DML, but DDL commits the transaction. */
final class H2Dialect extends Dialect {

	@Override
	public String name() {
		return "h2";
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	@Override
	protected String textType() {
		return "CHARACTER LARGE OBJECT";
	}

}
