package org.clinicportal.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.account.PortalUsers;
import org.clinicportal.account.PortalUser;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.SessionRule;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in portal session on every request: the account still exists, is enabled and has
 * the password the session signed in with, and the session is younger than its absolute limit;
 * otherwise the session ends. An account that must change its password reaches only the change page.
 * The account is handed on as {@link AccessPolicy#inForce} has it today.
 */
final class PortalSessionGuard extends OncePerRequestFilter {

	private static final Set<String> ALLOWED_DURING_CHANGE = Set.of(PortalPaths.PASSWORD, PortalPaths.LOGOUT,
			PortalPaths.KEEP_ALIVE, PortalPaths.SECOND_STEP);

	private final PortalUsers users;

	private final AuditTrail audit;

	private final SessionRule rule;

	private final AccessPolicy policy;

	PortalSessionGuard(PortalUsers users, AuditTrail audit, Clock clock, Duration absoluteLimit, AccessPolicy policy) {
		this.policy = policy;
		this.users = users;
		this.audit = audit;
		this.rule = new SessionRule(clock, absoluteLimit);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication signedIn)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<PortalUser> user = this.users.user(signedIn.accountId());
		String ending = this.rule.reasonToEnd(
				user.map((u) -> new SessionRule.Standing(u.enabled(), u.passwordChangedAt())).orElse(null),
				signedIn.passwordChangedAt(), signedIn.signedInAt());
		if (ending != null) {
			this.audit.recordCoded(signedIn.actor(), AuditAction.PORTAL_SESSION_ENDED, null,
					AuditDetail.of("audit.detail.reason", ending),
					request.getRemoteAddr());
			SessionRule.end(request, response, PortalPaths.LOGIN);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// the second step, and setting one up where it is required, come before the new password
		boolean secondStep = ALLOWED_DURING_CHANGE.contains(path) || path.startsWith(PortalPaths.SECURITY)
				|| path.startsWith(PortalPaths.PASSKEYS);
		if (user.get().forcePasswordChange() && !secondStep) {
			response.sendRedirect(request.getContextPath() + PortalPaths.PASSWORD);
			return;
		}
		request.setAttribute(PortalRequests.USER, this.policy.inForce(user.get()));
		chain.doFilter(request, response);
	}

}
