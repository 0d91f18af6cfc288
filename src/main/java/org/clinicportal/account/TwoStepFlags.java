package org.clinicportal.account;

import org.clinicportal.credential.SecondFactorsChanged;
import org.clinicportal.credential.TwoStep;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code portal_account.two_step} in step with the account's second factors, so that User
 * Management filters and exports it among a million accounts without asking for each.
 */
@Component
class TwoStepFlags {

	private final TwoStep twoStep;

	private final JdbcClient jdbc;

	TwoStepFlags(TwoStep twoStep, JdbcClient jdbc) {
		this.twoStep = twoStep;
		this.jdbc = jdbc;
	}

	@EventListener
	void secondFactorsChanged(SecondFactorsChanged event) {
		if (!event.holder().startsWith(PortalUser.PRINCIPAL_PREFIX)) {
			return;
		}
		long accountId;
		try {
			accountId = Long.parseLong(event.holder().substring(PortalUser.PRINCIPAL_PREFIX.length()));
		}
		catch (NumberFormatException ex) {
			return;
		}
		this.jdbc.sql("UPDATE portal_account SET two_step = :on WHERE id = :id")
			.param("on", this.twoStep.enrolled(event.holder()))
			.param("id", accountId)
			.update();
	}

}
