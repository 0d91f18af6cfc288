package org.clinicportal.appointment;

import java.time.Instant;

/** A free start time offered on the booking page: its instant (the value sent) and how the clinic reads it. */
record TimeChoice(Instant start, String label) {
}
