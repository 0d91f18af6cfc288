package org.clinicportal.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.CsvWriter;
import org.clinicportal.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** User Management: every portal account, enabled and disabled; search, filter, sort, page, export. */
@Controller
@RequestMapping("/staff/portal-users")
class UserManagementController {

	static final String VIEW_USERS = "account/portalUsers";

	static final String VIEW_CONFIRM = "account/confirmPortalUserAction";

	static final String VIEW_JOB = "account/bulkJob";

	static final int PAGE_SIZE = 50;

	/** Selections larger than this run in the background, with a progress bar. */
	static final int IN_BACKGROUND_FROM = 500;

	private static final String MAY_ACT = "hasAnyRole('ADMIN','FRONT_DESK')";

	private final PortalUserQueries queries;

	private final PortalUserActions actions;

	private final BulkJobs jobs;

	private final AuditTrail audit;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final Clock clock;

	private final PortalSections sections;

	UserManagementController(PortalUserQueries queries, PortalUserActions actions, BulkJobs jobs, AuditTrail audit,
			ClinicProperties clinic, MessageSource messages, PortalSections sections, Clock clock) {
		this.sections = sections;
		this.queries = queries;
		this.actions = actions;
		this.jobs = jobs;
		this.audit = audit;
		this.clinic = clinic;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("statuses")
	PortalUserStatus[] statuses() {
		return PortalUserStatus.values();
	}

	@ModelAttribute("actions")
	PortalUserAction[] actions() {
		return PortalUserAction.values();
	}

	@ModelAttribute("sorts")
	PortalUserSort[] sorts() {
		return PortalUserSort.values();
	}

	@GetMapping
	@Transactional(readOnly = true)
	String showPortalUsers(@ModelAttribute("filter") PortalUserFilter filter, BindingResult unreadable, Model model) {
		if (unreadable.hasErrors() || PortalUserQueries.Position.unreadable(filter.getAfter(), filter.getSort())) {
			model.addAttribute("error", message("account.users.unreadableFilter"));
		}
		Instant now = Instant.now(this.clock);
		model.addAttribute("page", this.queries.page(filter, now, PAGE_SIZE));
		model.addAttribute("now", now);
		model.addAttribute("time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(this.clinic.zone()));
		return VIEW_USERS;
	}

	/** The confirmation page of an action on one account, the selected ones, or all matching the filter. */
	@GetMapping("/confirm")
	@PreAuthorize(MAY_ACT)
	@Transactional(readOnly = true)
	String confirmAction(@ModelAttribute("filter") PortalUserFilter filter, BindingResult unreadable,
			@RequestParam(name = "action", required = false) PortalUserAction action,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(name = "scope", defaultValue = "selected") String scope,
			@RequestParam(name = "single", required = false) String single, Model model, RedirectAttributes redirect) {
		Selection selection = Selection.of(action, ids, scope, single);
		if (selection.action() == null || (!selection.all() && selection.ids().isEmpty())) {
			redirect.addFlashAttribute("error", message("account.users.nothingSelected"));
			return "redirect:" + listAddress(filter);
		}
		List<Long> targets = selection.all() ? this.queries.ids(filter, Instant.now(this.clock)) : selection.ids();
		model.addAttribute("selection", selection);
		model.addAttribute("count", targets.size());
		model.addAttribute("sample", this.queries.usernames(targets.subList(0, Math.min(10, targets.size()))));
		return VIEW_CONFIRM;
	}

	@PostMapping("/apply")
	@PreAuthorize(MAY_ACT)
	String applyAction(@ModelAttribute("filter") PortalUserFilter filter, BindingResult unreadable,
			@RequestParam("action") PortalUserAction action,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(name = "scope", defaultValue = "selected") String scope, RedirectAttributes redirect) {
		Selection selection = Selection.of(action, ids, scope, null);
		List<Long> targets = selection.all() ? this.queries.ids(filter, Instant.now(this.clock)) : selection.ids();
		if (targets.size() > IN_BACKGROUND_FROM) {
			String job = this.jobs.start(action, targets, listAddress(filter));
			return "redirect:/staff/portal-users/jobs/" + job;
		}
		int changed = this.actions.apply(action, targets);
		redirect.addFlashAttribute("message",
				message("account.users.applied." + action, changed, targets.size() - changed));
		return "redirect:" + listAddress(filter);
	}

	/** A bulk action's progress bar, refreshed every second until it is done, then its summary. */
	@GetMapping("/jobs/{jobId}")
	String showJob(@PathVariable String jobId, Model model) {
		BulkJob job = this.jobs.find(jobId).orElseThrow(NotFoundException::new);
		model.addAttribute("job", job);
		if (job.succeeded()) {
			model.addAttribute("summary",
					message("account.users.applied." + job.action(), job.changed(), job.total() - job.changed()));
		}
		return VIEW_JOB;
	}

	private static String listAddress(PortalUserFilter filter) {
		return UriComponentsBuilder.fromPath("/staff/portal-users")
			.queryParamIfPresent("q", java.util.Optional.ofNullable(filter.getQ()))
			.queryParam("status", filter.getStatus())
			.queryParam("sort", filter.getSort())
			.encode()
			.toUriString();
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/**
	 * What an action applies to: one account (a row's button), the ticked rows, or every account
	 * matching the filter.
	 */
	record Selection(PortalUserAction action, List<Long> ids, boolean all) {

		static Selection of(PortalUserAction action, List<Long> ids, String scope, String single) {
			if (single != null && single.contains(":")) {
				try {
					return new Selection(PortalUserAction.valueOf(single.substring(0, single.indexOf(':'))),
							List.of(Long.parseLong(single.substring(single.indexOf(':') + 1))), false);
				}
				catch (IllegalArgumentException ex) {
					return new Selection(null, List.of(), false);
				}
			}
			return new Selection(action, (ids != null) ? List.copyOf(ids) : List.of(), "all".equals(scope));
		}

	}

	@GetMapping("/export.csv")
	@Transactional
	void exportCsv(@ModelAttribute("filter") PortalUserFilter filter, BindingResult unreadable,
			HttpServletResponse response) throws IOException {
		Instant now = Instant.now(this.clock);
		this.audit.record(AuditAction.PORTAL_USERS_EXPORTED, null,
				"q=" + (filter.hasQuery() ? filter.getQ() : "") + " status=" + filter.getStatus() + " two-step="
						+ ((filter.getTwoStep() != null) ? filter.getTwoStep() : "any"));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"portal-users.csv\"");
		var csv = new CsvWriter(response.getWriter());
		csv.row(Stream.of("username", "first_name", "last_name", "patients", "status", "must_change_password", "two_step",
				"last_sign_in", "created").map((column) -> message("account.users.csv." + column)).toArray());
		var time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(this.clinic.zone());
		this.queries.forEach(filter, now, (row) -> csv.row(row.username(), row.firstName(), row.lastName(),
				row.patients()
					.stream()
					.map((p) -> p.mrn() + " " + p.accessType() + ":" + this.sections.of(p.sections())
						.stream()
						.map((section) -> " " + section.key())
						.collect(Collectors.joining()))
					.collect(Collectors.joining("; ")),
				row.status(now), row.mustChangePassword(), row.twoStep(),
				(row.lastSignInAt() != null) ? time.format(row.lastSignInAt()) : "", time.format(row.createdAt())));
		response.getWriter().flush();
	}

}
