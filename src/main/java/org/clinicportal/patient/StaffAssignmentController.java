package org.clinicportal.patient;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.staff.StaffRole;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff Assignments: the clinicians who care for a patient. */
@Controller
@RequestMapping("/staff/patients/{id}/staff-assignments")
class StaffAssignmentController {

	static final String VIEW_ASSIGNMENTS = "patient/staffAssignments";

	private final Patients patients;

	private final StaffDirectory staff;

	StaffAssignmentController(Patients patients, StaffDirectory staff) {
		this.patients = patients;
		this.staff = staff;
	}

	@ModelAttribute("clinicians")
	List<StaffMember> clinicians() {
		return this.staff.all().stream().filter((m) -> m.enabled() && m.hasRole(StaffRole.CLINICIAN)).toList();
	}

	@GetMapping
	String initAssignmentForm(@PathVariable long id, Model model) {
		Patient patient = this.patients.view(id, "staff assignments");
		var form = new StaffAssignmentForm();
		form.setStaffIds(new java.util.HashSet<>(patient.getAssignedStaffIds()));
		form.setVersion(patient.getVersion());
		model.addAttribute("patient", patient);
		model.addAttribute("form", form);
		return VIEW_ASSIGNMENTS;
	}

	@PostMapping
	String processAssignmentForm(@PathVariable long id, @ModelAttribute("form") StaffAssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Patient patient = this.patients.get(id);
		Set<Long> known = this.staff.all().stream().map(StaffMember::id).collect(Collectors.toSet());
		if (!known.containsAll(form.getStaffIds())) {
			result.rejectValue("staffIds", "patient.assignments.unknown");
		}
		if (!result.hasErrors()) {
			try {
				this.patients.assignStaff(id, form.getVersion(), form.getStaffIds());
				redirect.addFlashAttribute("messageCode", "patient.assignments.saved");
				return "redirect:/staff/patients/" + id + "/demographics";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("conflict");
			}
		}
		model.addAttribute("patient", patient);
		return VIEW_ASSIGNMENTS;
	}

}
