package org.clinicportal.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends a person's open sessions on every node, for example when their account is disabled. */
@Component
public class Sessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

	Sessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
		this.repository = repository;
	}

	/** The open sessions signed in under this principal name, most recently used first. */
	public java.util.List<OpenSession> of(String principalName) {
		FindByIndexNameSessionRepository<?> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return java.util.List.of();
		}
		return sessions.findByPrincipalName(principalName)
			.values()
			.stream()
			.map((session) -> new OpenSession(session.getCreationTime(), session.getLastAccessedTime(),
					session.getLastAccessedTime().plus(session.getMaxInactiveInterval())))
			.sorted(java.util.Comparator.comparing(OpenSession::lastUsed).reversed())
			.toList();
	}

	/** An open session: when it began, was last used, and will end unless used again. */
	public record OpenSession(java.time.Instant started, java.time.Instant lastUsed, java.time.Instant expires) {
	}

	/**
	 * Ends every session signed in under this principal name.
	 * @return how many sessions were ended
	 */
	public int endAll(String principalName) {
		FindByIndexNameSessionRepository<?> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return 0;
		}
		var ids = sessions.findByPrincipalName(principalName).keySet();
		ids.forEach(sessions::deleteById);
		return ids.size();
	}

}
