package org.clinicportal.messaging;

import java.util.List;

import org.clinicportal.messaging.AttachmentRules.Accepted;
import org.clinicportal.messaging.AttachmentRules.Checked;
import org.clinicportal.messaging.AttachmentRules.Refusal;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files part of a message form, checked by {@link AttachmentRules} for every page that sends
 * one: each refusal becomes a message on the page, beside what was typed.
 */
final class MessageFiles {

	/** The name of the files part of every message form. */
	static final String PART = "files";

	private MessageFiles() {
	}

	/** The files that may be stored; refusals are added to the form's errors. */
	static List<Accepted> check(List<MultipartFile> files, BindingResult result) {
		Checked checked = AttachmentRules.check(Upload.of(files));
		for (Refusal refusal : checked.refusals()) {
			result.reject(refusal.code(), refusal.args(), refusal.code());
		}
		return checked.accepted();
	}

}
