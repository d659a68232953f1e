package io.migrate.operations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which revision a {@link JavaRevision} is: the same facts as a revision file's header.
 *
 * <pre>
 * &#64;Revision(id = "3c9e1a7b2f40", revises = "76f31678b786", message = "add employee email")
 * public class R3c9e1a7b2f40_add_employee_email extends JavaRevision { ... }
 * </pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

	/** @return the revision id: 1 to 32 characters from {@code [A-Za-z0-9_]} */
	String id();

	/** @return the parent ids; none for a base revision, two or more for a merge */
	String[] revises() default {};

	/** @return the message */
	String message() default "";

	/** @return the creation time (ISO-8601), or empty */
	String created() default "";

	/** @return branch labels */
	String[] branchLabels() default {};

	/** @return revision ids or branch labels this revision depends on */
	String[] dependsOn() default {};

}
