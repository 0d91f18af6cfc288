package org.clinicportal.representative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.representative.Standing.Change;
import org.clinicportal.representative.Standing.Reason;
import org.clinicportal.representative.Standing.Stage;
import org.clinicportal.system.ClinicProperties;

import org.springframework.stereotype.Component;

/**
 * The one place of the rules of representatives' access: the confidentiality age, the age of
 * majority, the end of consent, all read in the clinic's time zone on the injected clock. A
 * birthday on 29 February falls on 1 March in common years.
 */
@Component
public class RepresentativeRules {

	private final RepresentativeProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	RepresentativeRules(RepresentativeProperties properties, ClinicProperties clinic, Clock clock) {
		this.properties = properties;
		this.zone = clinic.zone();
		this.clock = clock;
	}

	/** Today in the clinic. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/** The clinic's date of an instant. */
	LocalDate date(java.time.Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	/**
	 * Whether what a patient born on this day creates today is hidden from representatives for
	 * good: they are a minor past the confidentiality age.
	 */
	public boolean confidentialMinor(LocalDate dateOfBirth) {
		if (dateOfBirth == null) {
			return false;
		}
		int age = age(dateOfBirth, today());
		return age >= this.properties.confidentialityAge() && age < this.properties.ageOfMajority();
	}

	/** Whether a patient born on this day may hold their own (Self) account today. */
	boolean oldEnoughForSelf(LocalDate dateOfBirth) {
		return dateOfBirth == null || age(dateOfBirth, today()) >= this.properties.confidentialityAge();
	}

	/** Whether the patient is a minor today. */
	boolean minor(LocalDate dateOfBirth) {
		return dateOfBirth != null && age(dateOfBirth, today()) < this.properties.ageOfMajority();
	}

	int confidentialityAge() {
		return this.properties.confidentialityAge();
	}

	int ageOfMajority() {
		return this.properties.ageOfMajority();
	}

	/** The day access on consent given on this day ends, unless staff set another. */
	LocalDate consentEnds(LocalDate givenOn) {
		return givenOn.plus(this.properties.consentValidity());
	}

	/** The first day on which staff and the patient are told that access ending on this day is near. */
	LocalDate noticeFrom(LocalDate endsOn) {
		return endsOn.minusDays(this.properties.expiryNotice());
	}

	/** The last end date of which staff and the patient are told on this day. */
	LocalDate noticeUntil(LocalDate today) {
		return today.plusDays(this.properties.expiryNotice());
	}

	/** The grant as it stands on the day. */
	Standing standing(Grant grant, LocalDate on) {
		int age = (grant.dateOfBirth() != null) ? age(grant.dateOfBirth(), on) : -1;
		if (grant.revoked()) {
			return new Standing(Stage.ENDED, Set.of(), grant.sections(), Reason.REVOKED, age, null);
		}
		List<Change> ends = ends(grant);
		Change end = ends.isEmpty() ? null : ends.get(0);
		if (end != null && !on.isBefore(end.on())) {
			return new Standing(Stage.ENDED, Set.of(), grant.sections(), end.reason(), age, end);
		}
		LocalDate narrowsOn = narrowsOn(grant);
		if (narrowsOn != null && !on.isBefore(narrowsOn)) {
			var kept = new LinkedHashSet<>(grant.sections());
			kept.retainAll(this.properties.keptSections());
			var withheld = new LinkedHashSet<>(grant.sections());
			withheld.removeAll(kept);
			return new Standing(Stage.NARROWED, kept, withheld, Reason.CONFIDENTIALITY_AGE, age, end);
		}
		Change next = (narrowsOn != null && (end == null || narrowsOn.isBefore(end.on())))
				? new Change(Reason.CONFIDENTIALITY_AGE, narrowsOn) : end;
		return new Standing(Stage.FULL, grant.sections(), Set.of(), Reason.NONE, age, next);
	}

	private LocalDate narrowsOn(Grant grant) {
		return (grant.basis() == RepresentativeBasis.PARENT_OF_MINOR && grant.dateOfBirth() != null)
				? birthday(grant.dateOfBirth(), this.properties.confidentialityAge()) : null;
	}

	/** The days the grant ends, earliest first. */
	private List<Change> ends(Grant grant) {
		var ends = new ArrayList<Change>();
		if (grant.basis() == RepresentativeBasis.PARENT_OF_MINOR && grant.dateOfBirth() != null) {
			ends.add(new Change(Reason.MAJORITY, birthday(grant.dateOfBirth(), this.properties.ageOfMajority())));
		}
		if (grant.basis() == RepresentativeBasis.LEGAL_GUARDIAN && grant.documentEndsOn() != null) {
			ends.add(new Change(Reason.GUARDIANSHIP_ENDS, grant.documentEndsOn()));
		}
		if (grant.accessEndsOn() != null) {
			ends.add(new Change(Reason.ACCESS_ENDS, grant.accessEndsOn()));
		}
		ends.sort(Comparator.comparing(Change::on));
		return ends;
	}

	/** The day someone born on this day turns so many years old; 29 February's is 1 March in common years. */
	static LocalDate birthday(LocalDate dateOfBirth, int years) {
		LocalDate day = dateOfBirth.plusYears(years);
		boolean leapDay = dateOfBirth.getMonthValue() == 2 && dateOfBirth.getDayOfMonth() == 29;
		return (leapDay && day.getDayOfMonth() == 28) ? day.plusDays(1) : day;
	}

	/** Age in whole years on the day, by {@link #birthday}. */
	static int age(LocalDate dateOfBirth, LocalDate on) {
		int years = on.getYear() - dateOfBirth.getYear();
		while (years > 0 && on.isBefore(birthday(dateOfBirth, years))) {
			years--;
		}
		return Math.max(years, 0);
	}

	/**
	 * A representative's grant as the rules need it.
	 *
	 * @param basis on what it rests; {@code null} for a grant made before terms were recorded, which no age rule touches
	 * @param sections the ticked sections
	 * @param dateOfBirth the patient's, if known
	 * @param documentEndsOn the end of a guardianship
	 * @param accessEndsOn the first day without access
	 * @param revoked whether the patient ended it
	 */
	record Grant(RepresentativeBasis basis, Set<String> sections, LocalDate dateOfBirth, LocalDate documentEndsOn,
			LocalDate accessEndsOn, boolean revoked) {

		Grant {
			sections = Set.copyOf(sections);
		}

	}

}
