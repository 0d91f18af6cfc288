package org.clinicportal.audit;

import java.time.Instant;

/** One row of the audit trail, as the viewer shows it. */
record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, Long patientId, String detail,
		String remoteAddress, AuditDetail coded) {
}
