package org.clinicportal.account;

import java.util.List;

import org.clinicportal.patient.PatientPortalAccounts;

import org.springframework.stereotype.Component;

/** Lists a patient's portal accounts for the Patient Dashboard. */
@Component
class PatientPortalAccountLines implements PatientPortalAccounts {

	private final PortalAccounts accounts;

	PatientPortalAccountLines(PortalAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<Line> of(long patientId) {
		return this.accounts.grantsOf(patientId)
			.stream()
			.map((grant) -> new Line(grant.getAccount().getId(), grant.getAccount().getUsername(),
					grant.getAccount().getFullName(), grant.getAccessType().name(), grant.getAccount().isEnabled()))
			.toList();
	}

}
