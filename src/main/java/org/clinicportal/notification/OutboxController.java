package org.clinicportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.NotFoundException;
import org.clinicportal.system.Paging;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Outbox page for administrators: the mail server as the dispatcher last found it, the backlog,
 * and every stored email with its status; failed ones can be retried.
 */
@Controller
@RequestMapping("/staff/outbox")
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

	static final String VIEW_OUTBOX = "notification/outbox";

	static final int PAGE_SIZE = 50;

	private final Outbox outbox;

	private final OutboxScheduler scheduler;

	private final AuditTrail audit;

	private final EmailTransport transport;

	private final NotificationProperties properties;

	private final ClinicProperties clinic;

	private final MailServerState server;

	private final Clock clock;

	private final MessageSource messages;

	OutboxController(Outbox outbox, OutboxScheduler scheduler, AuditTrail audit, EmailTransport transport,
			NotificationProperties properties, ClinicProperties clinic, MailServerState server, Clock clock,
			MessageSource messages) {
		this.outbox = outbox;
		this.server = server;
		this.scheduler = scheduler;
		this.audit = audit;
		this.transport = transport;
		this.properties = properties;
		this.clinic = clinic;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	String showOutbox(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			Model model) {
		Optional<OutboxStatus> filter = parse(status);
		if (status != null && !status.isBlank() && filter.isEmpty()) {
			model.addAttribute("error", message("outbox.unknownStatus", status));
		}
		Paging.Rows<OutboxEntry> entries = this.outbox.page(filter.orElse(null), Paging.of(page, PAGE_SIZE));
		model.addAttribute("entries", entries.rows());
		model.addAttribute("pager", entries);
		model.addAttribute("status", filter.orElse(null));
		model.addAttribute("statuses", OutboxStatus.values());
		Map<OutboxStatus, Long> counts = this.outbox.counts();
		model.addAttribute("counts", counts);
		model.addAttribute("devMode", Outbox.MAILBOX.equals(this.transport.name()));
		var backlog = OutboxBacklog.of(counts, this.outbox.oldestPending().orElse(null), this.clock.instant());
		model.addAttribute("backlog", backlog);
		model.addAttribute("oldestWait", message("outbox.wait." + backlog.waitUnit(), backlog.waitAmount()));
		model.addAttribute("server", this.server.seen());
		model.addAttribute("dispatcherEnabled", this.properties.dispatcherEnabled());
		model.addAttribute("time", timeFormat(this.clinic));
		return VIEW_OUTBOX;
	}

	@PostMapping("/{id}/retry")
	@Transactional
	String retryNow(@PathVariable long id, @RequestParam(required = false) String status,
			RedirectAttributes redirect) {
		OutboxEntry entry = this.outbox.find(id).orElseThrow(NotFoundException::new);
		Instant now = this.clock.instant();
		if (this.outbox.retry(id, now, now.plus(this.properties.giveUpAfter()))) {
			this.audit.record(AuditAction.EMAIL_RETRY_REQUESTED, null,
					"outbox message " + id + " to " + entry.recipient());
			this.scheduler.wakeUp();
			redirect.addFlashAttribute("messageCode", "outbox.retried");
		}
		else {
			redirect.addFlashAttribute("error", message("outbox.notFailed"));
		}
		parse(status).ifPresent((s) -> redirect.addAttribute("status", s.name()));
		return "redirect:/staff/outbox";
	}

	static DateTimeFormatter timeFormat(ClinicProperties clinic) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clinic.zone());
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static Optional<OutboxStatus> parse(String status) {
		return Arrays.stream(OutboxStatus.values())
			.filter((s) -> s.name().equalsIgnoreCase((status != null) ? status.strip() : ""))
			.findFirst();
	}

}
