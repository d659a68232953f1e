package io.migrate;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts that a command fails with a {@link MigrateException} of a given reason. */
final class MigrateExceptionAssert {

	private MigrateExceptionAssert() {
	}

	static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable command,
			MigrateException.Reason reason) {
		return assertThatThrownBy(command).isInstanceOf(MigrateException.class)
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(((MigrateException) ex).reason())
				.isEqualTo(reason));
	}

}
