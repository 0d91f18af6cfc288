package org.clinicportal.notification;

import java.util.List;
import java.util.Map;

/**
 * The transport when no SMTP host is configured: nothing leaves the application; each message is
 * kept, in full, for the Dev Mailbox page.
 */
final class DevMailboxTransport implements EmailTransport {

	@Override
	public String name() {
		return Outbox.MAILBOX;
	}

	@Override
	public Map<Long, DeliveryFailure> send(List<ClaimedEmail> emails) {
		return Map.of();
	}

}
