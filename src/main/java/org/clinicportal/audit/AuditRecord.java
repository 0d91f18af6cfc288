package org.clinicportal.audit;

import java.time.Instant;

/** One audit record, as other modules read it back (for example on an account's page). */
public record AuditRecord(Instant occurredAt, String actor, AuditAction action, Long patientId, String detail,
		String remoteAddress) {
}
