package org.clinicportal.messaging;

/** The portal's Messages section: the patient's conversations with the clinic. */
public final class MessagesSection {

	/** What a grant stores when it permits the section. */
	public static final String KEY = "MESSAGES";

	private MessagesSection() {
	}

}
