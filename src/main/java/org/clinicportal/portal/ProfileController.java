package org.clinicportal.portal;

import jakarta.validation.Valid;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalUser;
import org.clinicportal.patient.ContactDetails;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.ProfileChanges;
import org.clinicportal.patient.ProfileChanges.Proposal;
import org.clinicportal.patient.ProfileProposer;
import org.clinicportal.system.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Profile section: the patient's details as the clinic has them, and the Propose changes form
 * for phone, email and address, which staff accept or reject on the Patient Dashboard.
 */
@Controller
class ProfileController {

	static final String VIEW_PROFILE = "portal/profile";

	private final PatientDirectory patients;

	private final ProfileChanges changes;

	ProfileController(PatientDirectory patients, ProfileChanges changes) {
		this.patients = patients;
		this.changes = changes;
	}

	@GetMapping(PortalPaths.PATIENT + "/profile")
	@PortalPage(ProfileSection.KEY)
	String showProfile(@PathVariable long patientId, Model model) {
		// with a change waiting, the form starts from it: sending again replaces it as a whole
		model.addAttribute("form", ProfileChangeForm.of(this.changes.contactAsProposed(patientId)));
		return show(patientId, model);
	}

	@PostMapping(PortalPaths.PATIENT + "/profile")
	@PortalPage(ProfileSection.KEY)
	String processProposal(@PathVariable long patientId, @RequestAttribute(PortalRequests.USER) PortalUser user,
			@Valid @ModelAttribute("form") ProfileChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(patientId, model);
		}
		Proposal proposal;
		try {
			proposal = this.changes.propose(patientId, proposer(user, patientId), form.toContactDetails());
		}
		catch (DuplicateKeyException ex) {
			// another change for this patient was sent at the same moment and is now the one waiting
			result.reject("portal.profile.sentAtOnce");
			return show(patientId, model);
		}
		if (proposal == Proposal.NOTHING_CHANGED) {
			result.reject("portal.profile.nothingChanged");
			return show(patientId, model);
		}
		redirect.addFlashAttribute("messageCode", "portal.profile." + proposal.name());
		return "redirect:" + PortalPaths.patient(patientId) + "/profile";
	}

	private String show(long patientId, Model model) {
		model.addAttribute("profile", this.patients.find(patientId).orElseThrow(NotFoundException::new));
		model.addAttribute("contact", this.changes.contact(patientId));
		model.addAttribute("contactFields", ContactDetails.FIELDS);
		model.addAttribute("pending", this.changes.pending(patientId).orElse(null));
		model.addAttribute("decision", this.changes.lastDecision(patientId).orElse(null));
		return VIEW_PROFILE;
	}

	private static ProfileProposer proposer(PortalUser user, long patientId) {
		boolean representative = user.grantFor(patientId)
			.map((grant) -> grant.accessType() == AccessType.AUTHORIZED_REP)
			.orElseThrow(NotFoundException::new);
		return new ProfileProposer(user.id(), user.username(), representative, PortalAuthentication.current().actor());
	}

}
