package org.clinicportal.support;

import java.time.Duration;
import java.time.Instant;

import org.clinicportal.credential.Totp;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The authenticator app of a test: it reads the key the page set up and shows codes as an app would. */
public final class AuthenticatorApp {

	private final JdbcClient jdbc;

	private final String holder;

	public AuthenticatorApp(JdbcClient jdbc, String holder) {
		this.jdbc = jdbc;
		this.holder = holder;
	}

	/** The code shown now. */
	public String code() {
		return Totp.code(key(), Instant.now());
	}

	/** The code the app will show in the next 30 seconds. */
	public String nextCode() {
		return Totp.code(key(), Instant.now().plus(Duration.ofSeconds(30)));
	}

	private String key() {
		return this.jdbc.sql("SELECT secret FROM authenticator_app WHERE holder = ?")
			.param(this.holder)
			.query(String.class)
			.single();
	}

}
