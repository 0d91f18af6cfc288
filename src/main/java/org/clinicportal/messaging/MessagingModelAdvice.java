package org.clinicportal.messaging;

import java.time.format.DateTimeFormatter;

import org.clinicportal.system.ClinicProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every Messages page shows, staff and portal alike: times in the clinic's zone, its reply time. */
@ControllerAdvice(basePackageClasses = MessagingModelAdvice.class)
class MessagingModelAdvice {

	private final DateTimeFormatter time;

	private final ReplyTime replyTime;

	MessagingModelAdvice(ClinicProperties clinic, ReplyTime replyTime) {
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clinic.zone());
		this.replyTime = replyTime;
	}

	@ModelAttribute("messageTime")
	DateTimeFormatter messageTime() {
		return this.time;
	}

	@ModelAttribute("replyDays")
	int replyDays() {
		return this.replyTime.businessDays();
	}

	@ModelAttribute("searchBy")
	SearchBy[] searchBy() {
		return SearchBy.values();
	}

}
