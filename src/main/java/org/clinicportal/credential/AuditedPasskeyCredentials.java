package org.clinicportal.credential;

import java.util.List;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The passkey credentials store with an audit record for every passkey added or removed, since
 * Spring Security's registration filter adds them itself. Updates after each sign-in (the signature
 * count, when last used) are not audited.
 */
final class AuditedPasskeyCredentials implements UserCredentialRepository {

	private final UserCredentialRepository credentials;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AuditedPasskeyCredentials(UserCredentialRepository credentials, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.credentials = credentials;
		this.audit = audit;
		this.events = events;
	}

	@Override
	public void save(CredentialRecord record) {
		boolean added = this.credentials.findByCredentialId(record.getCredentialId()) == null;
		this.credentials.save(record);
		if (added) {
			record(AuditAction.PASSKEY_ADDED, record.getLabel());
			changed();
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		CredentialRecord record = this.credentials.findByCredentialId(credentialId);
		this.credentials.delete(credentialId);
		if (record != null) {
			record(AuditAction.PASSKEY_REMOVED, record.getLabel());
			changed();
		}
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.credentials.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.credentials.findByUserId(userId);
	}

	/** The holder is the one signed in (adding or removing their own) or reset by staff, who publish it themselves. */
	private void changed() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn instanceof SecondStep.Holder) {
			this.events.publishEvent(new SecondFactorsChanged(signedIn.getName()));
		}
	}

	private void record(AuditAction action, String label) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		String actor = (signedIn instanceof SecondStep.Holder holder) ? holder.actor()
				: (signedIn != null) ? signedIn.getName() : AuditTrail.SYSTEM;
		// the name the person gave it, which is theirs to choose: cut to a sensible length
		String name = (label != null && label.length() > 60) ? label.substring(0, 60) : label;
		this.audit.record(actor, action, null, "passkey \"" + name + "\"", AuditTrail.currentRemoteAddress());
	}

}
