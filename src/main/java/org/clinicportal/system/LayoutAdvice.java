package org.clinicportal.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts into every page model what both layouts need: the clinic's settings (none of them secret)
 * and the idle timeout, for the warning a minute before a signed-in session ends.
 */
@ControllerAdvice
class LayoutAdvice {

	private final ClinicProperties clinic;

	private final long idleSeconds;

	LayoutAdvice(ClinicProperties clinic, @Value("${spring.session.timeout:15m}") Duration idleTimeout) {
		this.clinic = clinic;
		this.idleSeconds = idleTimeout.toSeconds();
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

	@ModelAttribute("idleSeconds")
	long idleSeconds() {
		return this.idleSeconds;
	}

}
