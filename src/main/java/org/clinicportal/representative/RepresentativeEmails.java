package org.clinicportal.representative;

import java.time.LocalDate;
import java.util.Map;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalRecipient;
import org.clinicportal.account.PortalRecipients;
import org.clinicportal.account.PortalUser;
import org.clinicportal.notification.Notifications;
import org.clinicportal.notification.OutgoingEmail;
import org.clinicportal.patient.PatientSummary;

import org.springframework.stereotype.Component;

/**
 * Tells a representative that their access changed, and a patient that a representative's access
 * ends soon, through the outbox in the caller's transaction. Neither email says why nor what:
 * no clinical detail, only the patient's first name, the date and a link to the portal.
 */
@Component
class RepresentativeEmails {

	static final String CHANGED = "representativeAccessChanged";

	static final String ENDING = "representativeAccessEnding";

	private final PortalRecipients recipients;

	private final Notifications notifications;

	RepresentativeEmails(PortalRecipients recipients, Notifications notifications) {
		this.recipients = recipients;
		this.notifications = notifications;
	}

	/** Emails the representative; false when their account has no address. */
	boolean accessChanged(long accountId, PatientSummary patient, LocalDate on) {
		return this.recipients.ofPatient(patient.id())
			.stream()
			.filter((recipient) -> recipient.accountId() == accountId && recipient.email() != null)
			.findFirst()
			.map((recipient) -> queue(recipient, CHANGED, patient, on))
			.orElse(false);
	}

	/** Emails the patient's own account, if it has an address, that a representative's access ends on the day. */
	boolean accessEnding(PatientSummary patient, LocalDate endsOn) {
		return this.recipients.ofPatient(patient.id())
			.stream()
			.filter((recipient) -> recipient.accessType() == AccessType.SELF && recipient.email() != null)
			.findFirst()
			.map((recipient) -> queue(recipient, ENDING, patient, endsOn))
			.orElse(false);
	}

	private boolean queue(PortalRecipient recipient, String template, PatientSummary patient, LocalDate on) {
		String path = CHANGED.equals(template) ? "/portal" : "/portal/patients/" + patient.id() + "/representatives";
		// in the reader's language, which the notification module decides
		this.notifications.queue(OutgoingEmail.to(PortalUser.principalName(recipient.accountId()), recipient.email(),
				template, Map.of("name", recipient.firstName(), "patient", patient.firstName(), "date", on.toString(),
						"path", path)));
		return true;
	}

}
