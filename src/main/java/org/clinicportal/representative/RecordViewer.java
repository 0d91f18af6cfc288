package org.clinicportal.representative;

import java.time.LocalDate;
import java.util.List;

import org.clinicportal.account.PortalSection;
import org.clinicportal.account.Relationship;

/**
 * One person who can see a patient's record, as the patient's *Who can see my record* page lists them.
 *
 * @param accountId their account
 * @param name their name
 * @param relationship who they are to the patient, if recorded
 * @param sections the sections they can use today
 * @param endsOn the day their access ends, if it does
 * @param ended whether it has ended (then {@code endsOn} is when)
 */
record RecordViewer(long accountId, String name, Relationship relationship, List<PortalSection> sections,
		LocalDate endsOn, boolean ended) {
}
