package org.clinicportal.staff;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.credential.TemporaryPasswordGenerator;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.DemoClinic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On first start (no staff user yet) creates the administrator {@code admin} and, for the demo
 * clinic, a front-desk user and a clinician. Generated passwords are printed once to the log.
 */
@Component
@Order(StaffBootstrap.ORDER)
class StaffBootstrap implements ApplicationRunner {

	/** Runs before the demo patients, who are assigned to the demo clinicians. */
	static final int ORDER = 10;

	static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private final StaffUserRepository users;

	private final StaffAccounts accounts;

	private final TemporaryPasswordGenerator generator;

	private final PasswordPolicy policy;

	private final ClinicProperties clinic;

	private final FirstPasswords passwords;

	private final DemoClinic demo;

	StaffBootstrap(StaffUserRepository users, StaffAccounts accounts, TemporaryPasswordGenerator generator,
			PasswordPolicy policy, ClinicProperties clinic, FirstPasswords passwords, DemoClinic demo) {
		this.users = users;
		this.accounts = accounts;
		this.generator = generator;
		this.policy = policy;
		this.clinic = clinic;
		this.passwords = passwords;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		Password admin = password(this.passwords.adminPassword(), "CLINIC_ADMIN_PASSWORD", ADMIN);
		create(ADMIN, "Clinic Administrator", StaffRole.ADMIN, admin);
		if (this.demo.enabled()) {
			Password demo = password(this.passwords.demoPassword(), "CLINIC_DEMO_PASSWORD",
					"frontdesk, clinician, clinician2");
			create("frontdesk", "Fran Desmond", StaffRole.FRONT_DESK, demo);
			create("clinician", "Dr. Casey Lin", StaffRole.CLINICIAN, demo);
			create("clinician2", "Dr. Morgan Reyes", StaffRole.CLINICIAN, demo);
		}
	}

	private void create(String username, String fullName, StaffRole role, Password password) {
		this.accounts.createWithPassword(username, fullName, Set.of(role), password.value(), password.generated());
	}

	private Password password(String configured, String variable, String who) {
		if (StringUtils.hasText(configured)) {
			if (!this.policy.check(configured, who).isEmpty()) {
				log.warn("{} is weak for {}: choose a longer passphrase (see docs/security.md)", variable, who);
			}
			return new Password(configured, false);
		}
		TemporaryPassword generated = this.generator.generate();
		// Printed once, on first start only, so that a new installation can be signed in to; it must be
		// changed at the first sign-in.
		log.warn("First start: staff user(s) {} created with password {} (set {} to choose it; a generated one "
				+ "must be changed at first sign-in) - sign in at {}/staff/login", who, generated.grouped(), variable,
				this.clinic.baseUrl());
		return new Password(generated.value(), true);
	}

	/** A first password: one configured by the operator, or one generated and printed once. */
	private record Password(String value, boolean generated) {
	}

}
