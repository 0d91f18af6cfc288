package org.clinicportal.credential;

/**
 * A holder's second sign-in factors changed (one added or removed, or all reset); ask
 * {@link TwoStep#enrolled} whether any is left.
 *
 * @param holder the holder's principal name ({@code portal:<account id>} or a staff username)
 */
public record SecondFactorsChanged(String holder) {
}
