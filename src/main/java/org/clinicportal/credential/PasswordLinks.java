package org.clinicportal.credential;

import org.springframework.stereotype.Service;

/**
 * Fresh links (paths in the portal) that let a portal account's holder choose a password. Each call
 * issues a new single-use token, voiding the account's earlier ones of the same purpose; the token
 * is in the returned path only, never stored or kept elsewhere.
 */
@Service
public class PasswordLinks {

	/** The portal page that takes the token. */
	public static final String SET_PASSWORD_PATH = "/portal/set-password?token=";

	private final PasswordTokens tokens;

	PasswordLinks(PasswordTokens tokens) {
		this.tokens = tokens;
	}

	/** A link for a new account, or after staff issued a new password. */
	public String setPassword(long accountId) {
		return SET_PASSWORD_PATH + this.tokens.generate(accountId, TokenPurpose.SET_PASSWORD);
	}

	/** A link after the holder asked for one (forgot password); it works for a shorter time. */
	public String resetPassword(long accountId) {
		return SET_PASSWORD_PATH + this.tokens.generate(accountId, TokenPurpose.RESET_PASSWORD);
	}

}
