package org.clinicportal.credential;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A holder's second sign-in factors, staff and portal alike: an authenticator app, passkeys and
 * recovery codes. Every change is audited under the actor given; the first factor added brings a set
 * of recovery codes.
 */
@Service
public class TwoStep {

	private final AuthenticatorApps apps;

	private final RecoveryCodes recoveryCodes;

	private final Passkeys passkeys;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	TwoStep(AuthenticatorApps apps, RecoveryCodes recoveryCodes, Passkeys passkeys, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.apps = apps;
		this.recoveryCodes = recoveryCodes;
		this.passkeys = passkeys;
		this.audit = audit;
		this.events = events;
	}

	/** The holder's sign-in methods besides the password. */
	public Methods methods(String holder) {
		return new Methods(this.apps.confirmed(holder), this.passkeys.of(holder), this.recoveryCodes.left(holder));
	}

	/** Whether the holder has a second factor. */
	public boolean enrolled(String holder) {
		return this.apps.confirmed(holder).isPresent() || !this.passkeys.of(holder).isEmpty();
	}

	/** Starts setting up an authenticator app: a new key, and the QR code an app scans. */
	public AppSetup startApp(String holder, String accountName, String issuer) {
		String secret = this.apps.pending(holder).orElseGet(() -> this.apps.start(holder));
		String label = encode(issuer) + ":" + encode(accountName);
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.getSeconds();
		return new AppSetup(new AuthenticatorApps.App(secret, false, null, null).grouped(), QrCodes.svg(uri));
	}

	/**
	 * Confirms the app with a current code.
	 * @return the recovery codes to show once, when this is the holder's first second factor; empty
	 * when the code was wrong
	 */
	@Transactional
	public Optional<List<String>> confirmApp(String holder, String actor, String code) {
		boolean first = !enrolled(holder);
		if (!this.apps.confirm(holder, code)) {
			return Optional.empty();
		}
		this.audit.record(actor, AuditAction.TWO_STEP_APP_ADDED, null, null, AuditTrail.currentRemoteAddress());
		this.events.publishEvent(new SecondFactorsChanged(holder));
		return Optional.of(first ? issueRecoveryCodes(holder, actor) : List.of());
	}

	/** Checks an app's code at the second step; each code works once. */
	public boolean verifyApp(String holder, String code) {
		return this.apps.verify(holder, code);
	}

	/** Uses a recovery code at the second step, once. */
	public boolean useRecoveryCode(String holder, String actor, String code) {
		boolean used = this.recoveryCodes.use(holder, code);
		if (used) {
			this.audit.record(actor, AuditAction.RECOVERY_CODE_USED, null,
					this.recoveryCodes.left(holder) + " left", AuditTrail.currentRemoteAddress());
		}
		return used;
	}

	/** A new set of recovery codes, replacing the old one, to show once. */
	@Transactional
	public List<String> issueRecoveryCodes(String holder, String actor) {
		List<String> codes = this.recoveryCodes.issue(holder);
		this.audit.record(actor, AuditAction.RECOVERY_CODES_ISSUED, null, null, AuditTrail.currentRemoteAddress());
		return codes;
	}

	@Transactional
	public void removeApp(String holder, String actor) {
		if (this.apps.remove(holder)) {
			this.audit.record(actor, AuditAction.TWO_STEP_APP_REMOVED, null, null, AuditTrail.currentRemoteAddress());
			this.events.publishEvent(new SecondFactorsChanged(holder));
		}
	}

	/** Removes one of the holder's passkeys. @return whether it was theirs */
	public boolean removePasskey(String holder, String id) {
		return this.passkeys.remove(holder, id);
	}

	/**
	 * Takes every second factor of a holder away (a lost phone), for staff to do: the app, the
	 * passkeys, the recovery codes. Audited under {@code staff}, about {@code holder}.
	 */
	@Transactional
	public void reset(String holder, String subject) {
		this.apps.remove(holder);
		this.recoveryCodes.remove(holder);
		int passkeys = this.passkeys.removeAll(holder);
		this.audit.record(AuditAction.TWO_STEP_RESET, null, subject + " (" + passkeys + " passkeys removed)");
		this.events.publishEvent(new SecondFactorsChanged(holder));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** A holder's second factors: the app, if any, the passkeys and how many recovery codes are left. */
	public record Methods(Optional<AuthenticatorApps.App> app, List<Passkeys.Passkey> passkeys, int recoveryCodesLeft) {

		public boolean enrolled() {
			return this.app.isPresent() || !this.passkeys.isEmpty();
		}

	}

	/** What the page shows to set up an app: the key in groups of four and the QR code (SVG). */
	public record AppSetup(String groupedKey, String qrSvg) {
	}

}
