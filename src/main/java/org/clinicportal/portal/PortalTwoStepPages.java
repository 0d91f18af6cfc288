package org.clinicportal.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.account.PortalSignIns;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TwoStepPages;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.Sessions;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The portal's two-step sign-in pages: Security at {@code /portal/security}, the second step after the password. */
@Controller
@RequestMapping("/portal")
@PortalPage(PortalPage.NO_PATIENT)
class PortalTwoStepPages extends TwoStepPages {

	private final PortalSignIns signIns;

	private final Clock clock;

	PortalTwoStepPages(TwoStep twoStep, ClinicProperties clinic, PortalSignIns signIns, Clock clock) {
		super(twoStep, clinic);
		this.signIns = signIns;
		this.clock = clock;
	}

	@Override
	protected String view() {
		return "portal/twoStep";
	}

	@Override
	protected String prefix() {
		return "/portal";
	}

	@Override
	protected String home() {
		return PortalPaths.HOME;
	}

	@Override
	protected String accountName(Authentication signedIn) {
		return ((PortalAuthentication) signedIn).username();
	}

	@Override
	protected boolean checkCode(Authentication signedIn, String address, BooleanSupplier check) {
		return this.signIns.secondStep(((PortalAuthentication) signedIn).accountId(), address, check);
	}

	@Override
	protected void addFactor(Authentication signedIn, String factor, HttpServletRequest request,
			HttpServletResponse response) {
		Sessions.replaceSignIn(((PortalAuthentication) signedIn).withFactor(factor, Instant.now(this.clock)), request,
				response);
	}

}
