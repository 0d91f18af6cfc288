package org.clinicportal.patient;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.system.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patient list with its search, the New Patient form and the Patient Dashboard. */
@Controller
@RequestMapping("/staff/patients")
class PatientController {

	static final String VIEW_LIST = "patient/patientList";

	static final String VIEW_FORM = "patient/createPatientForm";

	static final String VIEW_DASHBOARD = "patient/patientDashboard";

	static final int PAGE_SIZE = 20;

	private static final Sort ORDER = Sort.by("lastName", "firstName", "id");

	private final PatientSearch search;

	private final Patients patients;

	private final PatientFormRules rules;

	private final StaffDirectory staff;

	private final ProfileChanges changes;

	private final PatientPortalAccounts portalAccounts;

	PatientController(PatientSearch search, Patients patients, PatientFormRules rules, StaffDirectory staff,
			ProfileChanges changes, PatientPortalAccounts portalAccounts) {
		this.search = search;
		this.patients = patients;
		this.rules = rules;
		this.staff = staff;
		this.changes = changes;
		this.portalAccounts = portalAccounts;
	}

	@GetMapping
	String showPatientList(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		Paging paging = new Paging(page, PAGE_SIZE);
		Page<Patient> results = this.search.search(query, PageRequest.of(paging.number(), PAGE_SIZE, ORDER));
		if (paging.number() >= results.getTotalPages() && results.getTotalPages() > 0) { // past the end: the last page
			results = this.search.search(query, PageRequest.of(results.getTotalPages() - 1, PAGE_SIZE, ORDER));
		}
		model.addAttribute("q", query);
		model.addAttribute("results", results);
		model.addAttribute("today", LocalDate.now(this.rules.clock()));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new PatientForm());
		return VIEW_FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") PatientForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.rules.check(form, result);
		if (result.hasErrors()) {
			return VIEW_FORM;
		}
		Patient patient = this.patients.create(form.toDemographics());
		redirect.addFlashAttribute("messageCode", "patient.created");
		return "redirect:/staff/patients/" + patient.getId();
	}

	@GetMapping("/{id}")
	String showDashboard(@PathVariable long id, Model model) {
		Patient patient = this.patients.view(id, "dashboard");
		model.addAttribute("patient", patient);
		model.addAttribute("age", patient.ageOn(LocalDate.now(this.rules.clock())));
		model.addAttribute("assignedStaff",
				patient.getAssignedStaffIds().stream().map(this.staff::byId).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("profileChange", this.changes.pending(id).orElse(null));
		model.addAttribute("portalAccounts", this.portalAccounts.of(id));
		return VIEW_DASHBOARD;
	}

}
