package org.clinicportal.audit;

import java.time.Instant;

/**
 * One audit record, as other modules read it back (for example on an account's page).
 *
 * @param occurredAt when
 * @param actor who
 * @param action what
 * @param patientId the patient concerned, or {@code null}
 * @param detail the detail in English words, as stored
 * @param remoteAddress from where, or {@code null}
 * @param coded the detail as a code with arguments, for a reader's language; {@code null} for a
 * record that has none (see {@link AuditDetails#shown})
 */
public record AuditRecord(Instant occurredAt, String actor, AuditAction action, Long patientId, String detail,
		String remoteAddress, AuditDetail coded) {
}
