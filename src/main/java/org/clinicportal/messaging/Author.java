package org.clinicportal.messaging;

/**
 * Who writes a message.
 *
 * @param actor as the audit trail names them: the staff username, or {@code portal:<username>}
 * @param name as the thread shows them
 * @param onBehalfOf the patient's name when a representative writes for them, else {@code null}
 */
record Author(String actor, String name, String onBehalfOf) {
}
