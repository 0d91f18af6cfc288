package org.clinicportal.credential;

import java.io.Serializable;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey being added in the session as plain values, since Spring
 * Security's own class cannot be serialized into the session store in the database (it can only be
 * held in one node's memory). The options are rebuilt as Spring's relying party made them; what the
 * check of the new passkey reads (challenge, user, relying party, algorithms, user verification) is
 * kept exactly.
 */
final class SessionCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

	private static final String ATTRIBUTE = SessionCreationOptions.class.getName();

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		request.getSession().setAttribute(ATTRIBUTE,
				new Saved(options.getChallenge().getBytes(), options.getUser().getId().getBytes(),
						options.getUser().getName(), options.getUser().getDisplayName(), options.getRp().getId(),
						options.getRp().getName(), options.getTimeout().toMillis(),
						options.getAuthenticatorSelection().getUserVerification().getValue()));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Saved saved)) {
			return null;
		}
		var user = ImmutablePublicKeyCredentialUserEntity.builder()
			.id(new Bytes(saved.userId()))
			.name(saved.userName())
			.displayName(saved.userDisplayName())
			.build();
		var selection = AuthenticatorSelectionCriteria.builder()
			.userVerification(userVerification(saved.userVerification()))
			.residentKey(ResidentKeyRequirement.REQUIRED)
			.build();
		return PublicKeyCredentialCreationOptions.builder()
			.attestation(AttestationConveyancePreference.NONE)
			.pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
					PublicKeyCredentialParameters.RS256)
			.authenticatorSelection(selection)
			.challenge(new Bytes(saved.challenge()))
			.extensions(new ImmutableAuthenticationExtensionsClientInputs(
					ImmutableAuthenticationExtensionsClientInput.credProps))
			.timeout(Duration.ofMillis(saved.timeoutMillis()))
			.user(user)
			.rp(PublicKeyCredentialRpEntity.builder().id(saved.rpId()).name(saved.rpName()).build())
			.build();
	}

	/** The requirement of that value, as one of Spring's constants (which the check compares by identity). */
	private static UserVerificationRequirement userVerification(String value) {
		if (UserVerificationRequirement.REQUIRED.getValue().equals(value)) {
			return UserVerificationRequirement.REQUIRED;
		}
		return UserVerificationRequirement.DISCOURAGED.getValue().equals(value) ? UserVerificationRequirement.DISCOURAGED
				: UserVerificationRequirement.PREFERRED;
	}

	/** The options' values, as the session store keeps them. */
	private record Saved(byte[] challenge, byte[] userId, String userName, String userDisplayName, String rpId,
			String rpName, long timeoutMillis, String userVerification) implements Serializable {
	}

}
