package org.clinicportal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes portal accounts for tests of other modules, as staff would through the setup form. */
public final class PortalTestAccounts {

	private final PortalAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	public PortalTestAccounts(ApplicationContext context) {
		this.accounts = context.getBean(PortalAccountRepository.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		this.transactions = context.getBean(TransactionTemplate.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/**
	 * A new account with this password and access to the patient. A password that must be changed is
	 * a generated one when it looks like one (16 letters and digits), else a chosen one that staff
	 * then marked to be changed.
	 */
	public long create(String username, String password, boolean mustChange, long patientId, AccessType type,
			String... permissions) {
		return this.transactions.execute((status) -> {
			Instant now = Instant.now();
			var account = new PortalAccount(username, "Tess", "Tester", now);
			if (mustChange && password.matches("[A-Za-z0-9]{16}")) {
				account.setGeneratedPassword(this.encoder.encode(password), true, now.plus(Duration.ofDays(7)), now);
			}
			else {
				account.setChosenPassword(this.encoder.encode(password), now);
				account.requirePasswordChange(mustChange, now.plus(Duration.ofDays(7)), now);
			}
			account.grant(patientId, type, permissions(permissions), "test", now);
			return this.accounts.saveAndFlush(account).getId();
		});
	}

	/** Gives the account access to another patient too. */
	public void grant(long accountId, long patientId, AccessType type, String... permissions) {
		this.transactions.executeWithoutResult((status) -> this.accounts.findById(accountId)
			.orElseThrow()
			.grant(patientId, type, permissions(permissions), "test", Instant.now()));
	}

	public void disable(long accountId) {
		this.jdbc.sql("UPDATE portal_account SET enabled = FALSE WHERE id = ?").param(accountId).update();
	}

	public void expireTemporaryPassword(long accountId) {
		this.jdbc.sql("UPDATE portal_account SET password_expires_at = ? WHERE id = ?")
			.params(java.time.OffsetDateTime.now().minusMinutes(1), accountId)
			.update();
	}

	public Instant lockedUntil(long accountId) {
		return this.accounts.findById(accountId).orElseThrow().getLockedUntil();
	}

	/** The id of a demo patient. */
	public long patient(String firstName, String lastName) {
		return this.jdbc.sql("SELECT id FROM patient WHERE first_name = ? AND last_name = ?")
			.params(firstName, lastName)
			.query(Long.class)
			.single();
	}

	private static Set<String> permissions(String... permissions) {
		return new LinkedHashSet<>(List.of(permissions));
	}

}
