package org.clinicportal.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store: the database sessions of Spring Session JDBC, with one saving. Every request
 * touches its session, and writing the new last-access time each time would make every page view a
 * database write. Here a touch is written only when the stored time is {@link #TOUCH_INTERVAL} old,
 * so a session's idle clock advances in steps of that interval: it may end up to that much sooner
 * than its idle timeout, never later. Everything else goes to the database as before.
 * <p>
 * A second saving: once a request has saved its session, Spring Session reads it back before
 * saving it again at the request's end (whenever the response went out first: every page and every
 * redirect). Within a request ({@link #RequestScope}) that read is answered with the session this
 * request has just saved, instead of a query.
 */
final class SessionStore<S extends Session> implements FindByIndexNameSessionRepository<SessionStore.StoredSession<S>> {

	/** How stale a stored last-access time may be before a request writes a new one. */
	static final Duration TOUCH_INTERVAL = Duration.ofSeconds(10);

	/** Per request thread, while a {@link RequestScope} runs: the session this request saved last. */
	private static final ThreadLocal<Saved> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> database;

	SessionStore(FindByIndexNameSessionRepository<S> database) {
		this.database = database;
	}

	@Override
	public StoredSession<S> createSession() {
		return new StoredSession<>(this.database.createSession());
	}

	@Override
	public void save(StoredSession<S> session) {
		this.database.save(session.stored);
		Saved saved = SAVED.get();
		if (saved != null) {
			saved.session = session;
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public StoredSession<S> findById(String id) {
		Saved saved = SAVED.get();
		if (saved != null && saved.session != null && saved.session.getId().equals(id)) {
			return (StoredSession<S>) saved.session;
		}
		S session = this.database.findById(id);
		return (session != null) ? new StoredSession<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
		Saved saved = SAVED.get();
		if (saved != null) {
			saved.session = null;
		}
		this.database.deleteById(id);
	}

	@Override
	public Map<String, StoredSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.database.findByIndexNameAndIndexValue(indexName, indexValue)
			.values()
			.stream()
			.map(StoredSession::new)
			.collect(Collectors.toMap(Session::getId, Function.identity()));
	}

	/**
	 * Marks out each request for the store, around Spring Session's filter: within it, a session read
	 * after the request saved it is the one it saved.
	 */
	static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			SAVED.set(new Saved());
			try {
				chain.doFilter(request, response);
			}
			finally {
				SAVED.remove();
			}
		}

	}

	/** The session a request saved last, if any. */
	private static final class Saved {

		private Session session;

	}

	/** A stored session whose last-access time moves only in steps of {@link #TOUCH_INTERVAL}. */
	static final class StoredSession<S extends Session> implements Session {

		private final S stored;

		StoredSession(S stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(TOUCH_INTERVAL))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
