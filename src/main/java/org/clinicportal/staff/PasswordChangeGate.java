package org.clinicportal.staff;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a user who must change their password to the change page, whatever address they ask for. */
class PasswordChangeGate extends OncePerRequestFilter {

	private final String changePage;

	private final Set<String> allowed;

	PasswordChangeGate(String changePage, String... alsoAllowed) {
		this.changePage = changePage;
		this.allowed = Set.of(alsoAllowed);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// the second step, and setting one up where it is required, come before the new password
		boolean allowed = path.equals(this.changePage) || this.allowed.contains(path)
				|| path.startsWith(StaffSecurityConfiguration.SECURITY) || path.startsWith(StaffSecurityConfiguration.PASSKEYS);
		if (mustChangePassword() && !allowed) {
			response.sendRedirect(request.getContextPath() + this.changePage);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mustChangePassword() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> StaffStanding.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
	}

}
