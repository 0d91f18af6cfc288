package org.clinicportal.account;

import java.util.List;
import java.util.Map;

import org.clinicportal.patient.PatientPortalAccounts;

import org.springframework.stereotype.Component;

/** Lists a patient's portal accounts for the Patient Dashboard. */
@Component
class PatientPortalAccountLines implements PatientPortalAccounts {

	private static final AccessSummary NONE = new AccessSummary(false, List.of());

	private final PortalAccounts accounts;

	private final AccessTerms terms;

	PatientPortalAccountLines(PortalAccounts accounts, AccessTerms terms) {
		this.accounts = accounts;
		this.terms = terms;
	}

	@Override
	public List<Line> of(long patientId) {
		Map<Long, AccessSummary> summaries = this.terms.summaries(patientId);
		return this.accounts.grantsOf(patientId).stream().map((grant) -> {
			AccessSummary access = summaries.getOrDefault(grant.getAccount().getId(), NONE);
			return new Line(grant.getAccount().getId(), grant.getAccount().getUsername(),
					grant.getAccount().getFullName(), grant.getAccessType().name(), grant.getAccount().isEnabled(),
					access.lines(), access.ended());
		}).toList();
	}

}
