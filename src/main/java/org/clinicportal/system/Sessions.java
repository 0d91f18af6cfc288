package org.clinicportal.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends a person's open sessions on every node, for example when their account is disabled. */
@Component
public class Sessions {

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

	private final JdbcClient jdbc;

	private final String table;

	Sessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository, JdbcClient jdbc,
			@Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String table) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.table = table;
	}

	/**
	 * Ends every session of many principals at once (bulk actions): one statement per thousand names
	 * on the session table, whose attributes go with it.
	 * @return how many sessions were ended
	 */
	public int endAll(Collection<String> principalNames) {
		if (this.repository.getIfAvailable() == null || principalNames.isEmpty()) {
			return 0;
		}
		var names = new ArrayList<>(principalNames);
		int ended = 0;
		for (int from = 0; from < names.size(); from += 1000) {
			ended += this.jdbc.sql("DELETE FROM " + this.table + " WHERE PRINCIPAL_NAME IN (:names)")
				.param("names", names.subList(from, Math.min(from + 1000, names.size())))
				.update();
		}
		return ended;
	}

	/** The open sessions signed in under this principal name, most recently used first. */
	public List<OpenSession> of(String principalName) {
		FindByIndexNameSessionRepository<?> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return List.of();
		}
		return sessions.findByPrincipalName(principalName)
			.values()
			.stream()
			.map((session) -> new OpenSession(session.getCreationTime(), session.getLastAccessedTime(),
					session.getLastAccessedTime().plus(session.getMaxInactiveInterval())))
			.sorted(Comparator.comparing(OpenSession::lastUsed).reversed())
			.toList();
	}

	/** An open session: when it began, was last used, and will end unless used again. */
	public record OpenSession(Instant started, Instant lastUsed, Instant expires) {
	}

	/**
	 * Ends every session signed in under this principal name.
	 * @return how many sessions were ended
	 */
	public int endAll(String principalName) {
		return endOthers(principalName, null);
	}

	/**
	 * Ends every session signed in under this principal name but the one with id {@code keep} (the
	 * session of the request making the change, when it is the principal's own).
	 * @return how many sessions were ended
	 */
	public int endOthers(String principalName, String keep) {
		FindByIndexNameSessionRepository<?> sessions = this.repository.getIfAvailable();
		if (sessions == null) {
			return 0;
		}
		var others = sessions.findByPrincipalName(principalName)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keep))
			.toList();
		others.forEach(sessions::deleteById);
		return others.size();
	}

	/**
	 * Replaces the sign-in of the current request's session (new rights, a new password), for this
	 * request and the ones after it.
	 */
	public static void replaceSignIn(Authentication signIn, HttpServletRequest request, HttpServletResponse response) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signIn);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

	/** Ends the session of the current request, and its sign-in, on the spot. */
	public static void endHere(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}


}
