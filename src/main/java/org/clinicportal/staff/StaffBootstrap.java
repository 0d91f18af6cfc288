package org.clinicportal.staff;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.clinicportal.credential.PasswordPolicy;
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

	private final DemoClinic demo;

	StaffBootstrap(StaffUserRepository users, StaffAccounts accounts, TemporaryPasswordGenerator generator,
			PasswordPolicy policy, ClinicProperties clinic, DemoClinic demo) {
		this.users = users;
		this.accounts = accounts;
		this.generator = generator;
		this.policy = policy;
		this.clinic = clinic;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		String adminPassword = password(this.clinic.adminPassword(), "CLINIC_ADMIN_PASSWORD", ADMIN);
		this.accounts.createWithPassword(ADMIN, "Clinic Administrator", Set.of(StaffRole.ADMIN), adminPassword, false);
		if (this.demo.enabled()) {
			String demoPassword = password(this.clinic.demoPassword(), "CLINIC_DEMO_PASSWORD", "frontdesk, clinician, clinician2");
			this.accounts.createWithPassword("frontdesk", "Fran Desmond", Set.of(StaffRole.FRONT_DESK), demoPassword,
					false);
			this.accounts.createWithPassword("clinician", "Dr. Casey Lin", Set.of(StaffRole.CLINICIAN), demoPassword,
					false);
			this.accounts.createWithPassword("clinician2", "Dr. Morgan Reyes", Set.of(StaffRole.CLINICIAN),
					demoPassword, false);
		}
	}

	private String password(String configured, String variable, String who) {
		if (StringUtils.hasText(configured)) {
			if (!this.policy.check(configured, who).isEmpty()) {
				log.warn("{} is weak for {}: choose a longer passphrase (see docs/security.md)", variable, who);
			}
			return configured;
		}
		String generated = this.generator.generate().value();
		// Printed once, on first start only, so that a new installation can be signed in to.
		log.warn("First start: staff user(s) {} created with password {} (set {} to choose it) - sign in at {}/staff/login",
				who, generated, variable, this.clinic.baseUrl());
		return generated;
	}

}
