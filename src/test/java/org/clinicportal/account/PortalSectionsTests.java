package org.clinicportal.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalSectionsTests {

	private static final PortalSection FORMS = new PortalSection("FORMS", "f", "f.text", "forms", true, 20);

	private static final PortalSection PROFILE = new PortalSection("PROFILE", "p", "p.text", "profile", true, 10);

	private static final PortalSection BILLING = new PortalSection("BILLING", "b", "b.text", "billing", false, 30);

	private final PortalSections sections = new PortalSections(List.of(FORMS, BILLING, PROFILE), List.of(badge()));

	@Test
	void sectionsComeInTheirDeclaredOrderWhoeverDeclaresThem() {
		assertThat(this.sections.all()).extracting(PortalSection::key).containsExactly("PROFILE", "FORMS", "BILLING");
	}

	@Test
	void aNewSelfGrantStartsWithTheSelfDefaultsAndARepresentativesWithNone() {
		assertThat(this.sections.defaultsFor(AccessType.SELF)).containsExactly("PROFILE", "FORMS");
		assertThat(this.sections.defaultsFor(AccessType.AUTHORIZED_REP)).isEmpty();
	}

	@Test
	void keysOfNoSectionAreToldApartAndLeftOut() {
		assertThat(this.sections.unknown(List.of("FORMS", "NO_SUCH"))).containsExactly("NO_SUCH");
		assertThat(this.sections.of(List.of("BILLING", "NO_SUCH", "PROFILE"))).containsExactly(PROFILE, BILLING);
	}

	@Test
	void aSectionWithoutABadgeCountsNothing() {
		assertThat(this.sections.badge("FORMS", 1, 2)).isEqualTo(3);
		assertThat(this.sections.badge("PROFILE", 1, 2)).isZero();
	}

	@Test
	void twoSectionsCannotShareAKeyAndAKeyIsCapitals() {
		assertThatThrownBy(() -> new PortalSections(List.of(FORMS, FORMS), List.of()))
			.hasMessageContaining("FORMS");
		assertThatThrownBy(() -> new PortalSection("forms; drop", "f", "f.text", "forms", true, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static PortalSectionBadge badge() {
		return new PortalSectionBadge() {

			@Override
			public String sectionKey() {
				return "FORMS";
			}

			@Override
			public long count(long accountId, long patientId) {
				return 3;
			}

		};
	}

}
