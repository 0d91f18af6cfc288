package org.clinicportal.staff;

import java.util.Set;

import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.credential.TemporaryPasswordGenerator;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.DemoClinic;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class StaffBootstrapTests {

	private final StaffUserRepository users = mock(StaffUserRepository.class);

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	private final TemporaryPasswordGenerator generator = mock(TemporaryPasswordGenerator.class);

	private final PasswordPolicy policy = mock(PasswordPolicy.class);

	private final DemoClinic demo = mock(DemoClinic.class);

	private final ClinicProperties clinic = new ClinicProperties("Clinic", null, null, null, false, null, null);

	@Test
	void aGeneratedAdministratorPasswordMustBeChangedAtFirstSignIn() throws Exception {
		given(this.generator.generate()).willReturn(new TemporaryPassword("ABCDEFGHJKMNPQRS"));
		bootstrap(new FirstPasswords(null, null));
		verify(this.accounts).createWithPassword(eq("admin"), anyString(), eq(Set.of(StaffRole.ADMIN)),
				eq("ABCDEFGHJKMNPQRS"), eq(true));
	}

	@Test
	void aConfiguredAdministratorPasswordIsTheOperatorsChoice() throws Exception {
		bootstrap(new FirstPasswords("an operator's long passphrase", null));
		verify(this.accounts).createWithPassword(eq("admin"), anyString(), any(), eq("an operator's long passphrase"),
				eq(false));
	}

	private void bootstrap(FirstPasswords passwords) throws Exception {
		new StaffBootstrap(this.users, this.accounts, this.generator, this.policy, this.clinic, passwords, this.demo)
			.run(null);
	}

}
