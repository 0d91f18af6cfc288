package org.clinicportal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.clinicportal.credential.TemporaryPasswordGenerator;
import org.clinicportal.system.Usernames;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal accounts of the demo clinic's families. Their passwords are random and shown to nobody:
 * staff hand out credentials with *Reset Pwd*, as for any account.
 */
@Component
@Transactional
public class DemoPortalAccounts {

	private final PortalAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final TemporaryPasswordGenerator generator;

	private final PatientReach reach;

	private final Clock clock;

	DemoPortalAccounts(PortalAccountRepository accounts, PasswordEncoder encoder, TemporaryPasswordGenerator generator,
			PatientReach reach, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.generator = generator;
		this.reach = reach;
		this.clock = clock;
	}

	/** Whether the demo families were already seeded: a login of theirs exists. */
	public boolean exists(String username) {
		return this.accounts.findByUsernameKey(Usernames.normalize(username)).isPresent();
	}

	/** Gives the login (created when new) access to the patient; returns the account's id. */
	public long grant(String username, String firstName, String lastName, long patientId, AccessType type,
			Set<String> sections) {
		Instant now = Instant.now(this.clock);
		PortalAccount account = this.accounts.findByUsernameKey(Usernames.normalize(username)).orElseGet(() -> {
			var created = new PortalAccount(username, firstName, lastName, now);
			created.setGeneratedPassword(this.encoder.encode(this.generator.generate().value()), true, now, now);
			return created;
		});
		account.grant(patientId, type, sections, "demo", now);
		this.accounts.saveAndFlush(account);
		this.reach.refresh(List.of(account.getId()));
		return account.getId();
	}

}
