package org.clinicportal.appointment;

import jakarta.validation.Valid;

import org.clinicportal.form.FormCatalogue;
import org.clinicportal.system.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Appointment Types, for administrators: name, length, in person or video, colour, forms before visits. */
@Controller
@RequestMapping("/staff/appointment-types")
@PreAuthorize("hasRole('ADMIN')")
class AppointmentTypesController {

	static final String VIEW_LIST = "appointment/types";

	static final String VIEW_FORM = "appointment/typeForm";

	private final AppointmentTypes types;

	private final FormCatalogue catalogue;

	AppointmentTypesController(AppointmentTypes types, FormCatalogue catalogue) {
		this.types = types;
		this.catalogue = catalogue;
	}

	@GetMapping
	String showTypes(Model model) {
		model.addAttribute("types", this.types.all());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("type", new AppointmentTypeForm());
		return form(0, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("type") AppointmentTypeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(0, form, result, model, redirect);
	}

	@GetMapping("/{typeId}")
	String initUpdateForm(@PathVariable long typeId, Model model) {
		model.addAttribute("type",
				AppointmentTypeForm.of(this.types.find(typeId).orElseThrow(NotFoundException::new)));
		return form(typeId, model);
	}

	@PostMapping("/{typeId}")
	String processUpdateForm(@PathVariable long typeId, @Valid @ModelAttribute("type") AppointmentTypeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.types.find(typeId).orElseThrow(NotFoundException::new);
		return save(typeId, form, result, model, redirect);
	}

	private String save(long typeId, AppointmentTypeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getMinutes() != null && form.getMinutes() % 5 != 0 && !result.hasFieldErrors("minutes")) {
			result.rejectValue("minutes", "appointments.type.minutesRange");
		}
		if (form.getForms().stream().anyMatch((key) -> this.catalogue.find(key).isEmpty())) {
			result.rejectValue("forms", "appointments.type.unknownForm");
		}
		if (result.hasErrors()) {
			return form(typeId, model);
		}
		try {
			this.types.save(form.toType(typeId));
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("name", "appointments.type.nameTaken");
			return form(typeId, model);
		}
		catch (StaleChangeException ex) {
			result.reject("appointments.type.stale");
			return form(typeId, model);
		}
		redirect.addFlashAttribute("message", form.getName());
		redirect.addFlashAttribute("messageCode", "appointments.type.saved");
		return "redirect:/staff/appointment-types";
	}

	private String form(long typeId, Model model) {
		model.addAttribute("typeId", typeId);
		model.addAttribute("catalogue", this.catalogue.all());
		return VIEW_FORM;
	}

}
