package org.clinicportal.portal;

import java.util.HashMap;
import java.util.List;

import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.PasswordProblem;
import org.junit.jupiter.api.Test;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class PasswordRulesTests {

	private final PasswordPolicy policy = mock(PasswordPolicy.class);

	private final PasswordRules rules = new PasswordRules(this.policy);

	private final MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");

	@Test
	void aChangeThatMetAnotherChangeOfTheAccountSaysToTryAgain() {
		boolean accepted = this.rules.accepted(() -> {
			throw new ObjectOptimisticLockingFailureException("PortalAccount", 7L);
		}, this.result);
		assertThat(accepted).isFalse();
		assertThat(this.result.getFieldError("newPassword").getCode()).isEqualTo("portal.password.conflict");
	}

	@Test
	void eachProblemIsPutBesideTheNewPassword() {
		given(this.policy.messageArguments()).willReturn(new Object[] { 15, 128, "example" });
		boolean accepted = this.rules.accepted(
				() -> List.of(PasswordProblem.TOO_SHORT, PasswordProblem.CONTAINS_NAME), this.result);
		assertThat(accepted).isFalse();
		assertThat(this.result.getFieldErrors("newPassword")).extracting("code")
			.containsExactly("password.TOO_SHORT", "password.CONTAINS_NAME");
		assertThat(this.rules.accepted(List::of, new MapBindingResult(new HashMap<>(), "form"))).isTrue();
	}

}
