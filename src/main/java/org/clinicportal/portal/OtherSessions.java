package org.clinicportal.portal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends an account's sessions on every node except the one making the request. */
@Component
class OtherSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

	OtherSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
		this.repository = repository;
	}

	int end(String principalName, String keepSessionId) {
		FindByIndexNameSessionRepository<?> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return 0;
		}
		var others = sessions.findByPrincipalName(principalName)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keepSessionId))
			.toList();
		others.forEach(sessions::deleteById);
		return others.size();
	}

}
