package org.clinicportal.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reason given with an answer: why an appointment is cancelled or a request declined. */
public class ReasonForm {

	@NotBlank(message = "{appointments.reason.required}")
	@Size(max = 500, message = "{appointments.reason.tooLong}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = (reason != null) ? reason.strip() : null;
	}

}
