package org.clinicportal.messaging;

/**
 * The clinic sent a message to a patient's side of a conversation; published in the transaction that
 * stored it. It carries ids only: whoever is told learns that there is a message, never what it says.
 *
 * @param conversationId the conversation
 * @param patientId the patient it is about
 */
public record MessageSentToPatient(long conversationId, long patientId) {
}
