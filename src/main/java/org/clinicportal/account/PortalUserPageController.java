package org.clinicportal.account;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditRecord;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.NotFoundException;
import org.clinicportal.system.Sessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One portal account's page: its patients, open sessions, status history and recent audit events. */
@Controller
@RequestMapping("/staff/portal-users/{accountId}")
class PortalUserPageController {

	static final String VIEW_ACCOUNT = "account/portalUser";

	static final int RECENT_EVENTS = 30;

	static final int STATUS_CHANGES = 20;

	/** The audit actions that change whether and how an account may sign in. */
	static final Set<AuditAction> STATUS_ACTIONS = EnumSet.of(AuditAction.PORTAL_ACCOUNT_CREATED,
			AuditAction.PORTAL_ACCOUNT_DISABLED, AuditAction.PORTAL_ACCOUNT_ENABLED, AuditAction.PORTAL_ACCOUNT_LOCKED,
			AuditAction.PORTAL_ACCOUNT_UNLOCKED, AuditAction.PORTAL_PASSWORD_RESET_FORCED,
			AuditAction.PORTAL_PASSWORD_RESET, AuditAction.PORTAL_PASSWORD_CHANGED);

	private final PortalAccountRepository accounts;

	private final PatientDirectory patients;

	private final Sessions sessions;

	private final AuditTrail audit;

	private final ClinicProperties clinic;

	private final PortalSections sections;

	private final TwoStep twoStep;

	private final ApplicationEventPublisher events;

	PortalUserPageController(PortalAccountRepository accounts, PatientDirectory patients, Sessions sessions,
			AuditTrail audit, ClinicProperties clinic, PortalSections sections, TwoStep twoStep,
			ApplicationEventPublisher events) {
		this.sections = sections;
		this.twoStep = twoStep;
		this.events = events;
		this.accounts = accounts;
		this.patients = patients;
		this.sessions = sessions;
		this.audit = audit;
		this.clinic = clinic;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String showAccount(@PathVariable long accountId, Model model) {
		PortalAccount account = this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
		Map<Long, PatientSummary> patients = account.getGrants()
			.stream()
			.map((grant) -> this.patients.find(grant.getPatientId()))
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(PatientSummary::id, (p) -> p));
		model.addAttribute("account", account);
		model.addAttribute("patients", patients);
		model.addAttribute("sections", this.sections);
		model.addAttribute("sessions", this.sessions.of(account.principalName()));
		model.addAttribute("twoStep", this.twoStep.methods(account.principalName()));
		model.addAttribute("statusHistory", statusHistory(account));
		model.addAttribute("events", this.audit.about(account.getUsername(), RECENT_EVENTS));
		model.addAttribute("time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(this.clinic.zone()));
		return VIEW_ACCOUNT;
	}

	/**
	 * Staff records name the account by its username (or, for an unlock after failed sign-ins, by its
	 * principal name); a lock and a password change are recorded with the holder as the actor.
	 */
	private List<AuditRecord> statusHistory(PortalAccount account) {
		return this.audit.history(PortalUser.PRINCIPAL_PREFIX + account.getUsernameKey(),
				List.of(account.getUsername(), account.principalName()), STATUS_ACTIONS, STATUS_CHANGES);
	}

	@PostMapping("/reset-two-step")
	@PreAuthorize("hasAnyRole('ADMIN','FRONT_DESK')")
	@Transactional
	String resetTwoStep(@PathVariable long accountId, RedirectAttributes redirect) {
		PortalAccount account = this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
		this.twoStep.reset(account.principalName(), "portal account " + account.getUsername());
		this.sessions.endAll(account.principalName());
		if (account.getEmail() != null) {
			this.events.publishEvent(new PortalTwoStepReset(accountId));
		}
		redirect.addFlashAttribute("messageCode", "account.twoStep.wasReset");
		return "redirect:/staff/portal-users/" + accountId;
	}

	@PostMapping("/sign-out")
	@PreAuthorize("hasAnyRole('ADMIN','FRONT_DESK')")
	@Transactional
	String signOutEverywhere(@PathVariable long accountId, RedirectAttributes redirect) {
		PortalAccount account = this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
		int ended = this.sessions.endAll(account.principalName());
		this.audit.recordCoded(AuditAction.PORTAL_SESSIONS_ENDED, null,
				AuditDetail.of("audit.detail.sessionsEnded", account.getUsername(), ended));
		redirect.addFlashAttribute("messageCode", "account.user.signedOut");
		return "redirect:/staff/portal-users/" + accountId;
	}

}
