package org.clinicportal.representative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.representative.Standing.Reason;
import org.clinicportal.representative.Standing.Stage;
import org.clinicportal.system.ClinicProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rules of representatives' access, each on the day before, of and after its birthday or date. */
class RepresentativeRulesTests {

	private static final Set<String> ALL = Set.of("PROFILE", "FORMS", "MESSAGES", "APPOINTMENTS");

	private static final LocalDate BORN = LocalDate.parse("2010-05-02");

	private static final LocalDate LEAP_BORN = LocalDate.parse("2012-02-29");

	private static final String ZONE = "America/Los_Angeles";

	private static RepresentativeRules rulesAt(String instant, String zone) {
		var properties = new RepresentativeProperties(12, 18, Period.ofYears(1), List.of("PROFILE", "APPOINTMENTS"), 30,
				Duration.ofHours(1));
		var clinic = new ClinicProperties("Clinic", null, null, zone, false, null, null);
		return new RepresentativeRules(properties, clinic, Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")));
	}

	private static RepresentativeRules rules() {
		return rulesAt("2026-01-01T12:00:00Z", ZONE);
	}

	private static RepresentativeRules.Grant parent(LocalDate born) {
		return new RepresentativeRules.Grant(RepresentativeBasis.PARENT_OF_MINOR, ALL, born, null, null, false);
	}

	@Test
	void parentKeepsEverySectionTheDayBeforeTheTwelfthBirthday() {
		Standing standing = rules().standing(parent(BORN), LocalDate.parse("2022-05-01"));
		assertThat(standing.stage()).isEqualTo(Stage.FULL);
		assertThat(standing.sections()).isEqualTo(ALL);
		assertThat(standing.next()).isEqualTo(new Standing.Change(Reason.CONFIDENTIALITY_AGE, LocalDate.parse("2022-05-02")));
	}

	@Test
	void parentKeepsOnlyProfileAndAppointmentsFromTheTwelfthBirthday() {
		for (String day : List.of("2022-05-02", "2022-05-03")) {
			Standing standing = rules().standing(parent(BORN), LocalDate.parse(day));
			assertThat(standing.stage()).as(day).isEqualTo(Stage.NARROWED);
			assertThat(standing.sections()).as(day).containsExactlyInAnyOrder("PROFILE", "APPOINTMENTS");
			assertThat(standing.withheld()).as(day).containsExactlyInAnyOrder("MESSAGES", "FORMS");
			assertThat(standing.next()).as(day).isEqualTo(new Standing.Change(Reason.MAJORITY, LocalDate.parse("2028-05-02")));
		}
	}

	@Test
	void parentsAccessEndsOnTheEighteenthBirthdayAndNotTheDayBefore() {
		assertThat(rules().standing(parent(BORN), LocalDate.parse("2028-05-01")).stage()).isEqualTo(Stage.NARROWED);
		assertThat(rules().standing(parent(BORN), LocalDate.parse("2028-05-02")).stage()).isEqualTo(Stage.ENDED);
		Standing after = rules().standing(parent(BORN), LocalDate.parse("2028-05-03"));
		assertThat(after.stage()).isEqualTo(Stage.ENDED);
		assertThat(after.reason()).isEqualTo(Reason.MAJORITY);
		assertThat(after.sections()).isEmpty();
	}

	@Test
	void legalGuardianIsNeitherNarrowedNorEndedByAge() {
		var guardian = new RepresentativeRules.Grant(RepresentativeBasis.LEGAL_GUARDIAN, ALL, BORN, null, null, false);
		assertThat(rules().standing(guardian, LocalDate.parse("2023-01-01")).sections()).isEqualTo(ALL);
		assertThat(rules().standing(guardian, LocalDate.parse("2040-01-01")).stage()).isEqualTo(Stage.FULL);
	}

	@Test
	void guardianshipEndsOnTheDocumentsEndDate() {
		var guardian = new RepresentativeRules.Grant(RepresentativeBasis.LEGAL_GUARDIAN, ALL, BORN,
				LocalDate.parse("2030-03-01"), null, false);
		assertThat(rules().standing(guardian, LocalDate.parse("2030-02-28")).stage()).isEqualTo(Stage.FULL);
		assertThat(rules().standing(guardian, LocalDate.parse("2030-03-01")).reason()).isEqualTo(Reason.GUARDIANSHIP_ENDS);
	}

	@Test
	void consentEndsOnItsEndDateTheDayBeforeItHoldsAndWhateverTheAge() {
		var consent = new RepresentativeRules.Grant(RepresentativeBasis.WRITTEN_CONSENT, ALL, BORN, null,
				LocalDate.parse("2027-01-10"), false);
		assertThat(rules().standing(consent, LocalDate.parse("2027-01-09")).sections()).isEqualTo(ALL);
		assertThat(rules().standing(consent, LocalDate.parse("2027-01-09")).next())
			.isEqualTo(new Standing.Change(Reason.ACCESS_ENDS, LocalDate.parse("2027-01-10")));
		assertThat(rules().standing(consent, LocalDate.parse("2027-01-10")).reason()).isEqualTo(Reason.ACCESS_ENDS);
		assertThat(rules().standing(consent, LocalDate.parse("2027-01-11")).stage()).isEqualTo(Stage.ENDED);
	}

	@Test
	void theEarliestEndWins() {
		var parent = new RepresentativeRules.Grant(RepresentativeBasis.PARENT_OF_MINOR, ALL, BORN, null,
				LocalDate.parse("2025-06-01"), false);
		assertThat(rules().standing(parent, LocalDate.parse("2025-06-01")).reason()).isEqualTo(Reason.ACCESS_ENDS);
	}

	@Test
	void revokedAccessHasEnded() {
		var revoked = new RepresentativeRules.Grant(RepresentativeBasis.WRITTEN_CONSENT, ALL, BORN, null, null, true);
		assertThat(rules().standing(revoked, LocalDate.parse("2026-01-01")).reason()).isEqualTo(Reason.REVOKED);
	}

	@Test
	void aTwentyNinthOfFebruaryBirthdayFallsOnTheFirstOfMarchInCommonYears() {
		assertThat(RepresentativeRules.birthday(LEAP_BORN, 12)).isEqualTo(LocalDate.parse("2024-02-29"));
		assertThat(RepresentativeRules.birthday(LEAP_BORN, 18)).isEqualTo(LocalDate.parse("2030-03-01"));
		assertThat(RepresentativeRules.age(LEAP_BORN, LocalDate.parse("2030-02-28"))).isEqualTo(17);
		assertThat(RepresentativeRules.age(LEAP_BORN, LocalDate.parse("2030-03-01"))).isEqualTo(18);
		assertThat(rules().standing(parent(LEAP_BORN), LocalDate.parse("2030-02-28")).stage()).isEqualTo(Stage.NARROWED);
		assertThat(rules().standing(parent(LEAP_BORN), LocalDate.parse("2030-03-01")).stage()).isEqualTo(Stage.ENDED);
		// born 29 February 2012: twelve on 29 February 2024, a leap year
		assertThat(rules().standing(parent(LEAP_BORN), LocalDate.parse("2024-02-28")).stage()).isEqualTo(Stage.FULL);
		assertThat(rules().standing(parent(LEAP_BORN), LocalDate.parse("2024-02-29")).stage()).isEqualTo(Stage.NARROWED);
	}

	@Test
	void todayIsTheClinicsDateAtMidnightNotTheServersOne() {
		// 07:59 UTC on 2 May is still 1 May in Los Angeles (UTC-7 in May)
		assertThat(rulesAt("2022-05-02T06:59:00Z", ZONE).today()).isEqualTo(LocalDate.parse("2022-05-01"));
		assertThat(rulesAt("2022-05-02T07:00:00Z", ZONE).today()).isEqualTo(LocalDate.parse("2022-05-02"));
		assertThat(rulesAt("2022-05-02T06:59:00Z", ZONE).confidentialMinor(BORN)).isFalse();
		assertThat(rulesAt("2022-05-02T07:00:00Z", ZONE).confidentialMinor(BORN)).isTrue();
		// and in a zone east of UTC the birthday comes before UTC's midnight
		assertThat(rulesAt("2022-05-01T22:00:00Z", "Europe/Berlin").confidentialMinor(BORN)).isTrue();
	}

	@Test
	void whatAMinorCreatesIsConfidentialFromTheConfidentialityAgeUntilMajority() {
		assertThat(rulesAt("2022-05-01T12:00:00Z", "UTC").confidentialMinor(BORN)).isFalse();
		assertThat(rulesAt("2022-05-02T12:00:00Z", "UTC").confidentialMinor(BORN)).isTrue();
		assertThat(rulesAt("2028-05-01T12:00:00Z", "UTC").confidentialMinor(BORN)).isTrue();
		assertThat(rulesAt("2028-05-02T12:00:00Z", "UTC").confidentialMinor(BORN)).isFalse();
	}

	@Test
	void aMinorMayHaveTheirOwnAccountFromTheConfidentialityAge() {
		assertThat(rulesAt("2022-05-01T12:00:00Z", "UTC").oldEnoughForSelf(BORN)).isFalse();
		assertThat(rulesAt("2022-05-02T12:00:00Z", "UTC").oldEnoughForSelf(BORN)).isTrue();
	}

	@Test
	void consentLastsAYearByDefault() {
		assertThat(rules().consentEnds(LocalDate.parse("2026-01-15"))).isEqualTo(LocalDate.parse("2027-01-15"));
		assertThat(rules().noticeFrom(LocalDate.parse("2027-01-15"))).isEqualTo(LocalDate.parse("2026-12-16"));
	}

	@Test
	void messagesAndFormsCanNeverBeKeptSections() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RepresentativeProperties(12, 18, Period.ofYears(1),
				List.of("PROFILE", "MESSAGES"), 30, Duration.ofHours(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RepresentativeProperties(18, 12, Period.ofYears(1),
				List.of("PROFILE"), 30, Duration.ofHours(1)));
	}

}
