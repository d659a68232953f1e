package io.migrate.operations;

import io.migrate.script.RevisionClass;
import io.migrate.script.RevisionScript;
import io.migrate.script.ScriptException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns {@link JavaRevision}s into the engine's {@link RevisionScript}s: instances a host
 * registers, and classes found under a classpath location.
 */
public final class JavaRevisions {

	private JavaRevisions() {
	}

	/**
	 * @param revision a Java revision
	 * @return it as a revision script: operations recorded, downgrade derived where it can be
	 * @throws ScriptException when it has no {@link Revision @Revision} or recording fails
	 */
	public static RevisionScript script(JavaRevision revision) {
		return JavaRevisionScript.of(revision);
	}

	/**
	 * A class reader for {@link io.migrate.script.ScriptLoader}: a concrete {@link JavaRevision}
	 * subclass becomes a revision, created with its public no-argument constructor unless an
	 * instance of exactly that class is in {@code registered} (e.g. a Spring bean), which is used
	 * instead; other classes are not revisions.
	 * @param registered instances supplied by a host
	 * @return the reader
	 */
	public static Function<RevisionClass, Optional<RevisionScript>> classReader(
			Collection<? extends JavaRevision> registered) {
		Map<Class<?>, JavaRevision> byClass = new LinkedHashMap<>();
		registered.forEach((revision) -> byClass.put(revision.getClass(), revision));
		return (candidate) -> read(candidate, byClass);
	}

	/**
	 * @return the registered instances whose class is not among {@code found} (so not yet loaded
	 * from a location), in registration order
	 */
	public static List<JavaRevision> notFoundIn(Collection<? extends JavaRevision> registered,
			Collection<RevisionScript> found) {
		if (registered.isEmpty()) {
			// the usual case, at every start: no need to index a thousand sources
			return List.of();
		}
		Set<String> sources = new HashSet<>();
		found.forEach((script) -> sources.add(script.source()));
		return registered.stream()
			.filter((revision) -> !sources.contains(revision.getClass().getName()))
			.map(JavaRevision.class::cast)
			.toList();
	}

	private static Optional<RevisionScript> read(RevisionClass candidate, Map<Class<?>, JavaRevision> registered) {
		Class<?> type;
		try {
			type = Class.forName(candidate.className(), false, candidate.classLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new ScriptException(candidate.className(), 0, "the class cannot be loaded: " + ex);
		}
		if (!JavaRevision.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
			return Optional.empty();
		}
		JavaRevision instance = registered.get(type);
		return Optional.of(JavaRevisionScript.of((instance != null) ? instance : instantiate(type)));
	}

	private static JavaRevision instantiate(Class<?> type) {
		try {
			Constructor<?> constructor = type.getConstructor();
			return (JavaRevision) constructor.newInstance();
		}
		catch (NoSuchMethodException ex) {
			throw new ScriptException(type.getName(), 0, "a JavaRevision found on the classpath needs a public"
					+ " no-argument constructor (or register the instance with MigrateConfig.Builder.javaRevision)");
		}
		catch (InvocationTargetException ex) {
			throw new ScriptException(type.getName(), 0, "its constructor failed: " + ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new ScriptException(type.getName(), 0, "it cannot be created: " + ex);
		}
	}

}
