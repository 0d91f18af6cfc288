package org.clinicportal.account;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The Patient Portal Account Setup page of a patient, reached from the dashboard and the demographics. */
@Controller
@RequestMapping("/staff/patients/{patientId}/portal-account")
class AccountSetupController {

	static final String VIEW_SETUP = "account/portalAccountSetup";

	private final PatientDirectory patients;

	private final AuditTrail audit;

	AccountSetupController(PatientDirectory patients, AuditTrail audit) {
		this.patients = patients;
		this.audit = audit;
	}

	@GetMapping
	@Transactional
	String showSetup(@PathVariable long patientId, Model model) {
		PatientSummary patient = this.patients.find(patientId).orElseThrow(NotFoundException::new);
		this.audit.record(AuditAction.PATIENT_VIEWED, patientId, "portal account setup");
		model.addAttribute("patient", patient);
		return VIEW_SETUP;
	}

}
