package org.clinicportal.representative;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.DemoPortalAccounts;
import org.clinicportal.account.Relationship;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.account.RepresentativeTerms;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.DemoClinic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo clinic's families, one for each case of docs/representatives.md: Ana Rivera is the parent
 * of Mateo (a child) and Sofia (a teenager, who has her own account too), and acts for her husband
 * Luis on his written consent, which ends soon; David Ellison is the legal guardian of his mother
 * Margaret, an adult.
 */
@Component
@Order(40)
class DemoFamilies implements ApplicationRunner {

	static final String ANA = "ana.rivera@example.org";

	private static final Set<String> ALL = Set.of("PROFILE", "FORMS", "MESSAGES", "APPOINTMENTS");

	private final DemoClinic demo;

	private final boolean enabled;

	private final DemoPortalAccounts accounts;

	private final PatientDirectory patients;

	private final RepresentativeAccess terms;

	private final RepresentativeRules rules;

	DemoFamilies(DemoClinic demo, @Value("${clinic.representatives.demo-families:true}") boolean enabled,
			DemoPortalAccounts accounts, PatientDirectory patients, RepresentativeAccess terms, RepresentativeRules rules) {
		this.demo = demo;
		this.enabled = enabled;
		this.accounts = accounts;
		this.patients = patients;
		this.terms = terms;
		this.rules = rules;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.enabled() && this.enabled) {
			seed();
		}
	}

	/** Seeds the families once: not when Ana's login exists, nor without the demo patients. */
	@Transactional
	void seed() {
		Map<String, PatientSummary> byName = this.patients.findAll(this.patients.firstIds(100))
			.stream()
			.collect(Collectors.toMap((p) -> p.firstName() + " " + p.lastName(), Function.identity(), (a, b) -> a));
		if (this.accounts.exists(ANA) || !byName.keySet().containsAll(Set.of("Ana Rivera", "Luis Rivera",
				"Sofia Rivera", "Mateo Rivera", "Margaret Ellison"))) {
			return;
		}
		LocalDate today = this.rules.today();
		self(ANA, byName.get("Ana Rivera"));
		self("luis.rivera@example.org", byName.get("Luis Rivera"));
		self("sofia.rivera", byName.get("Sofia Rivera"));
		var parent = new RepresentativeTerms(Relationship.PARENT, RepresentativeBasis.PARENT_OF_MINOR, null, null, null,
				null, null);
		represent(ANA, "Ana", "Rivera", byName.get("Mateo Rivera"), ALL, parent);
		represent(ANA, "Ana", "Rivera", byName.get("Sofia Rivera"), Set.of("PROFILE", "APPOINTMENTS"), parent);
		LocalDate consent = today.minusYears(1).plusDays(20);
		represent(ANA, "Ana", "Rivera", byName.get("Luis Rivera"), Set.of("PROFILE", "APPOINTMENTS"),
				new RepresentativeTerms(Relationship.SPOUSE_OR_PARTNER, RepresentativeBasis.WRITTEN_CONSENT, null, null,
						consent, this.rules.consentEnds(consent), null));
		represent("david.ellison@example.org", "David", "Ellison", byName.get("Margaret Ellison"), ALL,
				new RepresentativeTerms(Relationship.LEGAL_GUARDIAN, RepresentativeBasis.LEGAL_GUARDIAN,
						"Lane County Circuit Court 24PR01234", null, null, null, null));
	}

	private void self(String username, PatientSummary patient) {
		this.accounts.grant(username, patient.firstName(), patient.lastName(), patient.id(), AccessType.SELF,
				Set.of("PROFILE", "FORMS", "MESSAGES", "APPOINTMENTS"));
	}

	private void represent(String username, String firstName, String lastName, PatientSummary patient,
			Set<String> sections, RepresentativeTerms terms) {
		long account = this.accounts.grant(username, firstName, lastName, patient.id(), AccessType.AUTHORIZED_REP,
				sections);
		this.terms.save(patient.id(), account, AccessType.AUTHORIZED_REP, terms);
	}

}
