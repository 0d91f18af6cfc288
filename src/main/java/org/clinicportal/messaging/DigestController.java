package org.clinicportal.messaging;

import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.clinicportal.staff.StaffMember;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff user's own choice, on the inbox page, of an hourly email of new messages in their pools. */
@Controller
@PreAuthorize(InboxController.STAFF)
class DigestController {

	private final PoolAccess access;

	private final DigestSubscriptions digests;

	private final MessageSource messages;

	DigestController(PoolAccess access, DigestSubscriptions digests, MessageSource messages) {
		this.access = access;
		this.digests = digests;
		this.messages = messages;
	}

	@PostMapping("/staff/messages/digest")
	String processDigestForm(@RequestParam(required = false) String email,
			@RequestParam(defaultValue = "false") boolean hourly, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		StaffMember member = this.access.staff(authentication);
		if (!hourly) {
			this.digests.unsubscribe(member.id());
			redirect.addFlashAttribute("messageCode", "messaging.digest.off");
		}
		else if (!isAddress(email)) {
			redirect.addFlashAttribute("error", this.messages.getMessage("messaging.digest.invalid", null, locale));
		}
		else {
			this.digests.subscribe(member.id(), email);
			redirect.addFlashAttribute("messageCode", "messaging.digest.on");
		}
		return "redirect:/staff/messages";
	}

	private static boolean isAddress(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			return false;
		}
		try {
			new InternetAddress(email.strip(), true).validate();
			return email.contains("@");
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
