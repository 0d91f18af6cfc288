package org.clinicportal.notification;

/** An email as its recipient reads it: subject, plain text and HTML. */
record RenderedEmail(String subject, String text, String html) {
}
