package org.clinicportal.account;

import org.clinicportal.audit.AuditAction;

/** What staff can do to portal accounts from User Management, one at a time or many at once. */
enum PortalUserAction {

	DISABLE("enabled = FALSE", "enabled = TRUE", AuditAction.PORTAL_ACCOUNT_DISABLED, true),

	ENABLE("enabled = TRUE", "enabled = FALSE", AuditAction.PORTAL_ACCOUNT_ENABLED, false),

	FORCE_PASSWORD_RESET("force_password_change = TRUE, password_expires_at = :expiresAt", null,
			AuditAction.PORTAL_PASSWORD_RESET_FORCED, true),

	UNLOCK("failed_sign_ins = 0, locked_until = NULL", "locked_until IS NOT NULL", AuditAction.PORTAL_ACCOUNT_UNLOCKED,
			false);

	private final String set;

	private final String onlyWhere;

	private final AuditAction audit;

	private final boolean endsSessions;

	PortalUserAction(String set, String onlyWhere, AuditAction audit, boolean endsSessions) {
		this.set = set;
		this.onlyWhere = onlyWhere;
		this.audit = audit;
		this.endsSessions = endsSessions;
	}

	/** The SQL assignments on {@code portal_account}. */
	String set() {
		return this.set;
	}

	/** The condition of accounts the action changes; others are left as they are ({@code null}: all). */
	String onlyWhere() {
		return this.onlyWhere;
	}

	AuditAction audit() {
		return this.audit;
	}

	/** Whether the account's open portal sessions end. */
	boolean endsSessions() {
		return this.endsSessions;
	}

}
