package io.migrate.spring.actuate;

import java.security.Principal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.migrate.HistoryEntry;
import io.migrate.MigrateException;
import io.migrate.MigrationStatus;
import io.migrate.Migrator;
import io.migrate.RevisionInfo;
import io.migrate.graph.Direction;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The {@code migrations} actuator endpoint: {@code GET} shows the current revision, the pending
 * revisions and the applied history; {@code POST /upgrade} and {@code POST /downgrade} migrate,
 * or with {@code dryRun} only plan. It is read-only unless
 * {@code management.endpoint.migrations.access=unrestricted}, and a write also needs an
 * authenticated caller with {@code migrate.endpoint.role}.
 */
@Endpoint(id = "migrations", defaultAccess = Access.READ_ONLY)
public class MigrationsEndpoint {

	private static final Log logger = LogFactory.getLog(MigrationsEndpoint.class);

	private static final int STATUS_FORBIDDEN = 403;

	private static final int STATUS_CONFLICT = 409;

	private static final int DEFAULT_HISTORY_LIMIT = 100;

	private final Migrator migrator;

	private final String target;

	private final String role;

	private final Duration lockTimeout;

	/**
	 * @param migrator the migrator
	 * @param target the configured target ({@code migrate.target}), used for pending revisions
	 * and as the default upgrade target
	 * @param role the role a caller needs for write operations
	 * @param lockTimeout how long a write waits for another migration's lock
	 */
	public MigrationsEndpoint(Migrator migrator, String target, String role, Duration lockTimeout) {
		this.migrator = migrator;
		this.target = target;
		this.role = role;
		this.lockTimeout = lockTimeout;
	}

	/**
	 * @param limit how many history rows to return, newest first (100 when absent)
	 * @return the state of the database and the revisions
	 */
	@ReadOperation
	public Map<String, Object> migrations(@Nullable Integer limit) {
		MigrationStatus status = this.migrator.status(this.target);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("current", status.current());
		json.put("heads", status.heads());
		json.put("target", this.target);
		json.put("pending", status.pending().stream().map(RevisionInfo::toJson).toList());
		if (status.problem() != null) {
			// The state is still worth showing when the target does not resolve (e.g. several heads).
			json.put("problem", status.problem());
		}
		if (!status.unknown().isEmpty()) {
			json.put("unknown", status.unknown());
		}
		json.put("revisions", status.revisions().stream().map((revision) -> {
			Map<String, Object> entry = revision.toJson();
			entry.put("applied", status.applied().contains(revision.id()));
			return entry;
		}).toList());
		int rows = (limit != null && limit > 0) ? limit : DEFAULT_HISTORY_LIMIT;
		json.put("history", this.migrator.appliedHistory(rows).stream().map(HistoryEntry::toJson).toList());
		return json;
	}

	/**
	 * Upgrades or downgrades, or plans it.
	 * @param securityContext the caller
	 * @param direction {@code upgrade} or {@code downgrade}
	 * @param target where to go; for an upgrade {@code migrate.target} when absent
	 * @param dryRun whether to return the plan (steps, SQL and {@code planId}) without running it
	 * @param planId run only if the plan is still this one (from a dry run)
	 * @return the steps that ran, or the plan; 403, 400, 404 or 409 with an {@code error}
	 */
	@WriteOperation
	public WebEndpointResponse<Map<String, Object>> migrate(SecurityContext securityContext, @Selector String direction,
			@Nullable String target, @Nullable Boolean dryRun, @Nullable String planId) {
		Principal principal = securityContext.getPrincipal();
		if (principal == null || !securityContext.isUserInRole(this.role)) {
			return new WebEndpointResponse<>(MigrationsJson.error("Migrating through the endpoint needs an "
					+ "authenticated user with the role '" + this.role + "' (migrate.endpoint.role)"), STATUS_FORBIDDEN);
		}
		Direction parsed = switch (direction) {
			case "upgrade" -> Direction.UPGRADE;
			case "downgrade" -> Direction.DOWNGRADE;
			default -> null;
		};
		if (parsed == null) {
			return new WebEndpointResponse<>(MigrationsJson.error("Unknown operation '" + direction
					+ "'; POST to /upgrade or /downgrade"), WebEndpointResponse.STATUS_NOT_FOUND);
		}
		String resolvedTarget = (target != null && !target.isBlank()) ? target
				: (parsed == Direction.UPGRADE) ? this.target : null;
		if (resolvedTarget == null) {
			return new WebEndpointResponse<>(MigrationsJson.error("A downgrade needs a target, e.g. {\"target\": \"-1\"}"),
					WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		Migrator caller = Migrator.create(this.migrator.config()
			.toBuilder()
			.appliedBy(principal.getName())
			.lockTimeout(this.lockTimeout)
			.build());
		try {
			if (Boolean.TRUE.equals(dryRun)) {
				return new WebEndpointResponse<>(caller.plan(parsed, resolvedTarget).toJson());
			}
			logger.info(principal.getName() + " runs " + direction + " to '" + resolvedTarget + "' through the endpoint");
			return new WebEndpointResponse<>(((parsed == Direction.UPGRADE) ? caller.upgrade(resolvedTarget, planId)
					: caller.downgrade(resolvedTarget, planId)).toJson());
		}
		catch (MigrateException ex) {
			return new WebEndpointResponse<>(MigrationsJson.error(ex.getMessage()), status(ex.reason()));
		}
	}

	private static int status(MigrateException.Reason reason) {
		return switch (reason) {
			case BAD_TARGET, IRREVERSIBLE -> WebEndpointResponse.STATUS_BAD_REQUEST;
			case LOCKED, PLAN_CHANGED, UNKNOWN_REVISION -> STATUS_CONFLICT;
			default -> WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR;
		};
	}

}
