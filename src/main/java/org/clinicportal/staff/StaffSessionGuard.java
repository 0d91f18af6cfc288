package org.clinicportal.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
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

	private final Clock clock;

	private final Duration absoluteLimit;

	StaffSessionGuard(StaffSignIns signIns, AuditTrail audit, Clock clock, Duration absoluteLimit) {
		this.signIns = signIns;
		this.audit = audit;
		this.clock = clock;
		this.absoluteLimit = absoluteLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof StaffSignIn signedIn)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<StaffStanding> standing = this.signIns.standing(signedIn.getName());
		String ending = reasonToEnd(signedIn, standing);
		if (ending != null) {
			this.audit.record(signedIn.getName(), AuditAction.STAFF_SESSION_ENDED, null, "reason: " + ending,
					request.getRemoteAddr());
			Sessions.endHere(request);
			response.sendRedirect(request.getContextPath() + StaffSecurityConfiguration.LOGIN + "?ended");
			return;
		}
		if (!signedIn.hasRightsOf(standing.get())) {
			Sessions.replaceSignIn(signedIn.refreshed(standing.get()), request, response);
		}
		chain.doFilter(request, response);
	}

	private String reasonToEnd(StaffSignIn signedIn, Optional<StaffStanding> standing) {
		if (standing.isEmpty()) {
			return "user deleted";
		}
		if (!standing.get().enabled()) {
			return "user disabled";
		}
		if (!Sessions.sameInstant(standing.get().passwordChangedAt(), signedIn.passwordChangedAt())) {
			return "password changed elsewhere";
		}
		if (!Instant.now(this.clock).isBefore(signedIn.signedInAt().plus(this.absoluteLimit))) {
			return "absolute limit of " + this.absoluteLimit.toHours() + " hours reached";
		}
		return null;
	}

}
