package org.clinicportal.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.SessionRule;
import org.clinicportal.system.Sessions;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in staff session on every request, before anything is authorised: the user still
 * exists, is enabled and has the password the session signed in with, and the session is younger
 * than its absolute limit; otherwise the session ends. Rights are the user's rights now: a role
 * taken away is gone from the next request on, on every node.
 */
final class StaffSessionGuard extends OncePerRequestFilter {

	private final StaffSignIns signIns;

	private final AuditTrail audit;

	private final SessionRule rule;

	StaffSessionGuard(StaffSignIns signIns, AuditTrail audit, Clock clock, Duration absoluteLimit) {
		this.signIns = signIns;
		this.audit = audit;
		this.rule = new SessionRule(clock, absoluteLimit);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof StaffSignIn signedIn)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<StaffStanding> standing = this.signIns.standing(signedIn.getName());
		String ending = this.rule.reasonToEnd(
				standing.map((s) -> new SessionRule.Standing(s.enabled(), s.passwordChangedAt())).orElse(null),
				signedIn.passwordChangedAt(), signedIn.signedInAt());
		if (ending != null) {
			this.audit.recordCoded(signedIn.getName(), AuditAction.STAFF_SESSION_ENDED, null,
					AuditDetail.of("audit.detail.reason", ending),
					request.getRemoteAddr());
			SessionRule.end(request, response, StaffSecurityConfiguration.LOGIN);
			return;
		}
		if (!signedIn.hasRightsOf(standing.get())) {
			Sessions.replaceSignIn(signedIn.refreshed(standing.get()), request, response);
		}
		chain.doFilter(request, response);
	}

}
