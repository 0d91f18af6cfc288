package org.clinicportal.credential;

/** Why a chosen password was refused; each has a message explaining how to fix it. */
public enum PasswordProblem {

	TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, CONTAINS_NAME, TOO_GUESSABLE,

	/** The new password is the one the account has now (such as the temporary one it was given). */
	SAME_AS_CURRENT;

	/** The key of the message that explains this problem. */
	public String messageCode() {
		return "password." + name();
	}

}
