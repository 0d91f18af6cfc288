package org.clinicportal.credential;

/**
 * Where a module keeps its accounts' sign-in columns: the table, with {@code id},
 * {@code password_hash}, {@code password_generated}, {@code enabled}, {@code password_changed_at},
 * {@code failed_sign_ins}, {@code locked_until} and {@code last_sign_in_at}, and the names of the
 * columns that differ between tables.
 *
 * @param table the accounts table
 * @param usernameKey the column of the username in compared form
 * @param mustChange the column saying the password must be changed at the next sign-in
 * @param expiresAt the column of when such a password stops working, or {@code null} if none expires
 */
public record SignInTable(String table, String usernameKey, String mustChange, String expiresAt) {
}
