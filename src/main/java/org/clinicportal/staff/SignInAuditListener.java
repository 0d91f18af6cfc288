package org.clinicportal.staff;

import org.clinicportal.system.Usernames;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts every staff sign-in, failed sign-in and sign-out into the audit trail. */
@Component
class SignInAuditListener {

	private final AuditTrail audit;

	SignInAuditListener(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void signedIn(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (isStaff(authentication)) {
			this.audit.record(authentication.getName(), AuditAction.STAFF_SIGN_IN, null, null, address(authentication));
		}
	}

	@EventListener
	@Transactional
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String reason = event.getException().getClass().getSimpleName();
		this.audit.record(Usernames.normalize(attempt.getName()), AuditAction.STAFF_SIGN_IN_FAILED, null,
				"reason: " + reason, address(attempt));
	}

	@EventListener
	@Transactional
	void signedOut(LogoutSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (isStaff(authentication)) {
			this.audit.record(authentication.getName(), AuditAction.STAFF_SIGN_OUT, null, null, address(authentication));
		}
	}

	private static boolean isStaff(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> a.getAuthority() != null && a.getAuthority().startsWith("ROLE_"));
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return AuditTrail.currentRemoteAddress();
	}

}
