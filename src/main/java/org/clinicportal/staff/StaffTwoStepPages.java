package org.clinicportal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TwoStepPages;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.Sessions;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The staff console's two-step sign-in pages: Security at {@code /staff/security}, the second step after the password. */
@Controller
@RequestMapping("/staff")
class StaffTwoStepPages extends TwoStepPages {

	private final StaffSignIns signIns;

	private final Clock clock;

	StaffTwoStepPages(TwoStep twoStep, ClinicProperties clinic, StaffSignIns signIns, Clock clock) {
		super(twoStep, clinic);
		this.signIns = signIns;
		this.clock = clock;
	}

	@Override
	protected String view() {
		return "staff/twoStep";
	}

	@Override
	protected String prefix() {
		return "/staff";
	}

	@Override
	protected String home() {
		return "/staff/patients";
	}

	@Override
	protected String accountName(Authentication signedIn) {
		return signedIn.getName();
	}

	@Override
	protected boolean checkCode(Authentication signedIn, String address, BooleanSupplier check) {
		return this.signIns.secondStep(signedIn.getName(), address, check);
	}

	@Override
	protected void addFactor(Authentication signedIn, String factor, HttpServletRequest request,
			HttpServletResponse response) {
		if (!(signedIn instanceof StaffSignIn staff)) {
			return;
		}
		this.signIns.standing(signedIn.getName())
			.ifPresent((standing) -> Sessions.replaceSignIn(staff.withFactor(standing, factor, Instant.now(this.clock)),
					request, response));
	}

}
