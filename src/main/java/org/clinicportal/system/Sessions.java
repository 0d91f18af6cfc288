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
