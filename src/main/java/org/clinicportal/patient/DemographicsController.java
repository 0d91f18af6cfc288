package org.clinicportal.patient;


import jakarta.validation.Valid;

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

/** Patient Demographics: the editable details of a chart. */
@Controller
@RequestMapping("/staff/patients/{id}/demographics")
class DemographicsController {

	static final String VIEW_DEMOGRAPHICS = "patient/demographics";

	private final Patients patients;

	private final PatientFormRules rules;

	DemographicsController(Patients patients, PatientFormRules rules) {
		this.patients = patients;
		this.rules = rules;
	}

	@GetMapping
	String initUpdateForm(@PathVariable long id, Model model) {
		Patient patient = this.patients.view(id, "demographics");
		model.addAttribute("patient", patient);
		model.addAttribute("form", PatientForm.of(patient));
		return VIEW_DEMOGRAPHICS;
	}

	@PostMapping
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") PatientForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Patient patient = this.patients.get(id);
		this.rules.check(form, result);
		if (!result.hasErrors()) {
			try {
				this.patients.update(id, form.getVersion(), form.toDemographics());
				redirect.addFlashAttribute("messageCode", "patient.saved");
				return "redirect:/staff/patients/" + id + "/demographics";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("conflict");
			}
		}
		model.addAttribute("patient", patient);
		return VIEW_DEMOGRAPHICS;
	}

}
