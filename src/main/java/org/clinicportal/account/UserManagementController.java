package org.clinicportal.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.CsvWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** User Management: every portal account, enabled and disabled; search, filter, sort, page, export. */
@Controller
@RequestMapping("/staff/portal-users")
class UserManagementController {

	static final String VIEW_USERS = "account/portalUsers";

	static final int PAGE_SIZE = 50;

	private final PortalUserQueries queries;

	private final AuditTrail audit;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final Clock clock;

	UserManagementController(PortalUserQueries queries, AuditTrail audit, ClinicProperties clinic,
			MessageSource messages, Clock clock) {
		this.queries = queries;
		this.audit = audit;
		this.clinic = clinic;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("statuses")
	PortalUserStatus[] statuses() {
		return PortalUserStatus.values();
	}

	@ModelAttribute("sorts")
	PortalUserSort[] sorts() {
		return PortalUserSort.values();
	}

	@GetMapping
	@Transactional(readOnly = true)
	String showPortalUsers(@ModelAttribute("filter") PortalUserFilter filter, BindingResult unreadable, Model model) {
		if (unreadable.hasErrors()) {
			model.addAttribute("error",
					this.messages.getMessage("account.users.unreadableFilter", null, LocaleContextHolder.getLocale()));
		}
		Instant now = Instant.now(this.clock);
		model.addAttribute("page", this.queries.page(filter, now, PAGE_SIZE));
		model.addAttribute("now", now);
		model.addAttribute("time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(this.clinic.zone()));
		return VIEW_USERS;
	}

	@GetMapping("/export.csv")
	@Transactional
	void exportCsv(@ModelAttribute("filter") PortalUserFilter filter, BindingResult unreadable,
			HttpServletResponse response) throws IOException {
		Instant now = Instant.now(this.clock);
		this.audit.record(AuditAction.PORTAL_USERS_EXPORTED, null,
				"q=" + (filter.hasQuery() ? filter.getQ() : "") + " status=" + filter.getStatus());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"portal-users.csv\"");
		var csv = new CsvWriter(response.getWriter());
		csv.row("username", "first_name", "last_name", "patients", "status", "must_change_password", "last_sign_in",
				"created");
		var time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(this.clinic.zone());
		this.queries.forEach(filter, now, (row) -> csv.row(row.username(), row.firstName(), row.lastName(),
				row.patients()
					.stream()
					.map((p) -> p.mrn() + " " + p.accessType())
					.collect(Collectors.joining("; ")),
				row.status(now), row.mustChangePassword(),
				(row.lastSignInAt() != null) ? time.format(row.lastSignInAt()) : "", time.format(row.createdAt())));
		response.getWriter().flush();
	}

}
