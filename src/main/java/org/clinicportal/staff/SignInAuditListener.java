package org.clinicportal.staff;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts every staff sign-out into the audit trail (sign-ins are audited by the sign-in protection). */
@Component
class SignInAuditListener {

	private final AuditTrail audit;

	SignInAuditListener(AuditTrail audit) {
		this.audit = audit;
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
