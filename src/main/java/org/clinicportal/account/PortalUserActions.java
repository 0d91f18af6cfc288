package org.clinicportal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.Sessions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disable, Enable, Force password reset and Unlock, for one account or thousands: set-based SQL in
 * chunks, each changed account audited, its sessions ended where the action says so.
 */
@Service
@Transactional
class PortalUserActions {

	/** Accounts changed per statement: keeps IN lists well inside every driver's limits. */
	static final int CHUNK = 1000;

	private static final String CHANGED = "SELECT id, username, email, first_name FROM portal_account WHERE id IN (:ids)";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration temporaryPasswordValidity;

	PortalUserActions(JdbcClient jdbc, AuditTrail audit, Sessions sessions, ApplicationEventPublisher events,
			Clock clock,
			@Value("${clinic.portal.temporary-password-validity:7d}") Duration temporaryPasswordValidity) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
		this.temporaryPasswordValidity = temporaryPasswordValidity;
	}

	/**
	 * Applies the action to the accounts.
	 * @return how many accounts it changed (accounts already in that state are left alone)
	 */
	int apply(PortalUserAction action, Collection<Long> accountIds) {
		var ids = new ArrayList<>(accountIds);
		int changed = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			changed += applyToChunk(action, ids.subList(from, Math.min(from + CHUNK, ids.size())));
		}
		return changed;
	}

	private int applyToChunk(PortalUserAction action, List<Long> ids) {
		Instant now = Instant.now(this.clock);
		String where = " WHERE id IN (:ids)" + ((action.onlyWhere() != null) ? " AND " + action.onlyWhere() : "");
		List<Changed> changing = this.jdbc.sql(CHANGED + ((action.onlyWhere() != null) ? " AND " + action.onlyWhere() : ""))
			.param("ids", ids)
			.query((rs, n) -> new Changed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		var update = this.jdbc.sql("UPDATE portal_account SET " + action.set()
				+ ", updated_at = :now, version = version + 1" + where)
			.param("ids", ids)
			.param("now", utc(now));
		if (action == PortalUserAction.FORCE_PASSWORD_RESET) {
			update = update.param("expiresAt", utc(now.plus(this.temporaryPasswordValidity)));
		}
		int count = update.update();
		this.audit.recordEach(action.audit(), changing.stream().map(Changed::username).toList());
		if (action.endsSessions()) {
			this.sessions.endAll(changing.stream().map((account) -> PortalUser.principalName(account.id())).toList());
		}
		for (Changed account : changing) {
			if (action == PortalUserAction.FORCE_PASSWORD_RESET && account.email() != null) {
				this.events.publishEvent(new PortalPasswordRenewed(account.id()));
			}
		}
		return count;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Changed(long id, String username, String email, String firstName) {
	}

}
