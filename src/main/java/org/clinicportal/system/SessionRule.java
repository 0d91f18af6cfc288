package org.clinicportal.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How long a signed-in session lasts, staff and portal alike: while its account exists and is
 * enabled, still has the password the session signed in with, and the session is younger than its
 * absolute limit. Each chain's session guard asks it on every request.
 */
public final class SessionRule {

	private final Clock clock;

	private final Duration absoluteLimit;

	public SessionRule(Clock clock, Duration absoluteLimit) {
		this.clock = clock;
		this.absoluteLimit = absoluteLimit;
	}

	/**
	 * Why the session must end now, in the audit trail's words, or {@code null} when it goes on.
	 * @param account the account as it is now, or {@code null} when it was deleted
	 * @param passwordAtSignIn when the password had last changed as the session signed in
	 * @param signedInAt when the session signed in
	 */
	public String reasonToEnd(Standing account, Instant passwordAtSignIn, Instant signedInAt) {
		if (account == null) {
			return "account deleted";
		}
		if (!account.enabled()) {
			return "account disabled";
		}
		if (!sameInstant(account.passwordChangedAt(), passwordAtSignIn)) {
			return "password changed elsewhere";
		}
		if (!Instant.now(this.clock).isBefore(signedInAt.plus(this.absoluteLimit))) {
			return "absolute limit of " + this.absoluteLimit.toHours() + " hours reached";
		}
		return null;
	}

	/** Ends the session of this request on the spot and sends the browser to sign in again, saying so. */
	public static void end(HttpServletRequest request, HttpServletResponse response, String signInPage)
			throws IOException {
		Sessions.endHere(request);
		response.sendRedirect(request.getContextPath() + signInPage + "?ended");
	}

	/**
	 * Whether two moments are the same to the millisecond: a session compares the time the password
	 * changed as it signed in with the stored one, and databases keep fewer fractional digits than Java.
	 */
	public static boolean sameInstant(Instant a, Instant b) {
		return Objects.equals(truncate(a), truncate(b));
	}

	private static Instant truncate(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MILLIS) : null;
	}

	/** An account as a session guard finds it now. */
	public record Standing(boolean enabled, Instant passwordChangedAt) {
	}

}
