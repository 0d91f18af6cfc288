package org.clinicportal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.NotFoundException;
import org.clinicportal.system.Paging;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Dev Mailbox for administrators: the emails kept instead of sent while no SMTP host is
 * configured, readable in full with working links.
 */
@Controller
@RequestMapping("/staff/mailbox")
@PreAuthorize("hasRole('ADMIN')")
class DevMailboxController {

	static final String VIEW_MAILBOX = "notification/mailbox";

	static final String VIEW_MESSAGE = "notification/mailboxMessage";

	// The HTML of an email keeps its inline styles but may run no script, load nothing and submit nothing.
	static final String EMAIL_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final Outbox outbox;

	private final EmailTransport transport;

	private final NotificationProperties properties;

	private final ClinicProperties clinic;

	private final AuditTrail audit;

	private final OutboxAttachments attachments;

	DevMailboxController(Outbox outbox, EmailTransport transport, NotificationProperties properties,
			ClinicProperties clinic, AuditTrail audit, OutboxAttachments attachments) {
		this.outbox = outbox;
		this.attachments = attachments;
		this.transport = transport;
		this.properties = properties;
		this.clinic = clinic;
		this.audit = audit;
	}

	@GetMapping
	String showMailbox(@RequestParam(required = false) Integer page, Model model) {
		Paging.Rows<OutboxEntry> entries = this.outbox.mailbox(Paging.of(page, OutboxController.PAGE_SIZE));
		model.addAttribute("entries", entries.rows());
		model.addAttribute("pager", entries);
		model.addAttribute("smtpMode", !Outbox.MAILBOX.equals(this.transport.name()));
		model.addAttribute("time", OutboxController.timeFormat(this.clinic));
		return VIEW_MAILBOX;
	}

	@GetMapping("/{id}")
	@Transactional
	String showMessage(@PathVariable long id, Model model) {
		OutboxEntry email = read(id, "text");
		model.addAttribute("email", email);
		model.addAttribute("from", this.clinic.name() + " <" + this.properties.from() + ">");
		model.addAttribute("textParts", segments(email.text()));
		model.addAttribute("files", this.attachments.of(List.of(id))
			.getOrDefault(id, List.of())
			.stream()
			.map(KeptFile::of)
			.toList());
		model.addAttribute("time", OutboxController.timeFormat(this.clinic));
		return VIEW_MESSAGE;
	}

	@GetMapping("/{id}/html")
	@Transactional
	ResponseEntity<String> showHtml(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy", EMAIL_CONTENT_SECURITY_POLICY)
			.body(read(id, "HTML").html());
	}

	/** A kept message, its reading audited: it may hold a set-password link that still works. */
	private OutboxEntry read(long id, String version) {
		OutboxEntry email = this.outbox.find(id).filter(OutboxEntry::inMailbox).orElseThrow(NotFoundException::new);
		this.audit.record(AuditAction.EMAIL_READ_IN_MAILBOX, null,
				"outbox message " + id + " to " + email.recipient() + " (" + version + ")");
		return email;
	}

	/** The plain text cut into text and links, so that the page can make the links clickable. */
	static List<TextSegment> segments(String text) {
		List<TextSegment> segments = new ArrayList<>();
		Matcher matcher = LINK.matcher((text != null) ? text : "");
		int start = 0;
		while (matcher.find()) {
			segments.add(new TextSegment(text.substring(start, matcher.start()), false));
			segments.add(new TextSegment(matcher.group(), true));
			start = matcher.end();
		}
		segments.add(new TextSegment((text != null) ? text.substring(start) : "", false));
		return segments;
	}

	/** A file of a kept message: its name, type and size, and its text when it is text (a calendar file). */
	record KeptFile(String filename, String contentType, int size, String text) {

		static KeptFile of(EmailAttachment file) {
			byte[] content = file.content();
			String text = file.contentType().startsWith("text/")
					? new String(content, java.nio.charset.StandardCharsets.UTF_8) : null;
			return new KeptFile(file.filename(), file.contentType(), content.length, text);
		}

	}

	/** A run of plain text, or a link. */
	record TextSegment(String text, boolean link) {
	}

}
