package org.clinicportal.representative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.clinicportal.account.AccessSummary;
import org.clinicportal.account.PortalSection;
import org.clinicportal.account.PortalSections;
import org.clinicportal.representative.Standing.Reason;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says in the reader's language what a representative's access amounts to and why. */
@Component
class Explanations {

	private final MessageSource messages;

	private final PortalSections sections;

	private final RepresentativeRules rules;

	Explanations(MessageSource messages, PortalSections sections, RepresentativeRules rules) {
		this.messages = messages;
		this.sections = sections;
		this.rules = rules;
	}

	/** The sentences of one representative's access on the day. */
	AccessSummary summary(StoredTerms terms, Set<String> ticked, LocalDate born, LocalDate on) {
		Standing standing = this.rules.standing(terms.grant(ticked, born), on);
		var lines = new ArrayList<String>();
		lines.add(message("representative.summary.terms",
				message("representative.relationship." + terms.terms().relationship()),
				message("representative.basis." + terms.terms().basis())));
		if (standing.ended()) {
			LocalDate endedOn = (standing.reason() == Reason.REVOKED) ? this.rules.date(terms.revokedAt())
					: standing.next().on();
			lines.add(message("representative.summary.ended." + standing.reason(), endedOn, this.rules.ageOfMajority()));
			return new AccessSummary(true, lines);
		}
		lines.add(standing.sections().isEmpty() ? message("representative.summary.seesNothing")
				: message("representative.summary.sees", sectionNames(standing.sections())));
		if (!standing.withheld().isEmpty()) {
			lines.add(message("representative.summary.withheld", sectionNames(standing.withheld()), standing.age(),
					this.rules.confidentialityAge()));
		}
		if (standing.next() != null) {
			Standing then = this.rules.standing(terms.grant(ticked, born), standing.next().on());
			lines.add(message("representative.summary.next." + standing.next().reason(), standing.next().on(),
					(standing.next().reason() == Reason.CONFIDENTIALITY_AGE) ? this.rules.confidentialityAge()
							: this.rules.ageOfMajority(),
					then.withheld().isEmpty() ? message("representative.summary.nothing") : sectionNames(then.withheld())));
		}
		return new AccessSummary(false, lines);
	}

	/** Section names in the catalogue's order, joined by commas. */
	String sectionNames(Collection<String> keys) {
		return this.sections.of(keys)
			.stream()
			.map(PortalSection::labelCode)
			.map(this::message)
			.collect(Collectors.joining(", "));
	}

	String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
