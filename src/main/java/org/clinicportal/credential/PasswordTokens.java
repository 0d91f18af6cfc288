package org.clinicportal.credential;

import java.util.Optional;

/**
 * Single-use tokens for the links that let a portal account holder choose a password. Only a hash
 * of each token is stored; delivering the token is someone else's job.
 */
public interface PasswordTokens {

	/**
	 * Issues a new token for the account, voiding the account's earlier tokens of the same purpose.
	 * @return the token, to be put in a link and never stored
	 */
	String generate(long accountId, TokenPurpose purpose);

	/**
	 * Uses up a token. It is consumed before its expiry is checked, so it works at most once either way.
	 * @return the account the token was issued for, if the token was valid
	 */
	Optional<Long> consume(String token, TokenPurpose purpose);

	/**
	 * Looks a token up without using it, so that a page can say at once whether its link still works.
	 * @return the account the token was issued for, if the token is valid and unexpired
	 */
	Optional<Long> peek(String token, TokenPurpose purpose);

	/** Voids every token of the account, for example because its password was just changed. */
	void voidAll(long accountId);

}
