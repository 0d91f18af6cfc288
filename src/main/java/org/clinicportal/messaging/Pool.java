package org.clinicportal.messaging;

/**
 * A group of staff that patients write to, such as "Billing".
 *
 * @param id the pool's id
 * @param name as patients and staff see it
 * @param description what to write to it about, shown in the portal
 * @param offered whether the portal offers it for new messages
 * @param position where it stands among the pools, smallest first
 */
record Pool(long id, String name, String description, boolean offered, int position) {
}
