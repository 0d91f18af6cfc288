package org.clinicportal.credential;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * A holder's passkeys, as Spring Security's WebAuthn support keeps them: each user entity is named
 * by the holder's principal name, each credential labelled by the person ("Phone").
 */
@Component
public class Passkeys {

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
		this.users = users;
		this.credentials = credentials;
	}

	/** The holder's passkeys, oldest first. */
	public List<Passkey> of(String holder) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(holder);
		if (user == null) {
			return List.of();
		}
		return this.credentials.findByUserId(user.getId())
			.stream()
			.map(Passkeys::passkey)
			.sorted(Comparator.comparing(Passkey::addedAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** Removes one of the holder's passkeys. @return whether it was theirs and is gone */
	public boolean remove(String holder, String id) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(holder);
		Bytes credentialId;
		try {
			credentialId = Bytes.fromBase64(id);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		CredentialRecord record = this.credentials.findByCredentialId(credentialId);
		if (user == null || record == null || !record.getUserEntityUserId().equals(user.getId())) {
			return false;
		}
		this.credentials.delete(credentialId);
		return true;
	}

	/** Removes every passkey of the holder. @return how many there were */
	public int removeAll(String holder) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(holder);
		if (user == null) {
			return 0;
		}
		List<CredentialRecord> records = this.credentials.findByUserId(user.getId());
		records.forEach((record) -> this.credentials.delete(record.getCredentialId()));
		this.users.delete(user.getId());
		return records.size();
	}

	private static Passkey passkey(CredentialRecord record) {
		return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
				record.getLastUsed());
	}

	/** A passkey: its id (Base64URL), the name its holder gave it, when added and last used. */
	public record Passkey(String id, String label, Instant addedAt, Instant lastUsedAt) {
	}

}
