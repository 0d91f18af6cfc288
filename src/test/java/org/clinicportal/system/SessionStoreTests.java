package org.clinicportal.system;

import java.time.Instant;

import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

@ClinicPortalTest
class SessionStoreTests {

	private final FindByIndexNameSessionRepository<Session> sessions;

	@Autowired
	@SuppressWarnings("unchecked")
	SessionStoreTests(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
	}

	@Test
	void everyRequestGoesThroughTheStore() {
		assertThat(this.sessions).isInstanceOf(SessionStore.class);
	}

	@Test
	void touchWithinTheIntervalIsNotWritten() {
		Session session = created();
		Instant before = session.getLastAccessedTime();
		session.setLastAccessedTime(before.plus(SessionStore.TOUCH_INTERVAL).minusSeconds(1));
		this.sessions.save(session);
		assertThat(this.sessions.findById(session.getId()).getLastAccessedTime()).isEqualTo(before);
	}

	@Test
	void touchAfterTheIntervalIsWritten() {
		Session session = created();
		Instant later = session.getLastAccessedTime().plus(SessionStore.TOUCH_INTERVAL);
		session.setLastAccessedTime(later);
		this.sessions.save(session);
		assertThat(this.sessions.findById(session.getId()).getLastAccessedTime()).isEqualTo(later);
	}

	@Test
	void attributeChangeIsWrittenWhateverTheTouch() {
		Session session = created();
		session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(1));
		session.setAttribute("flash", "Saved.");
		this.sessions.save(session);
		assertThat((String) this.sessions.findById(session.getId()).getAttribute("flash")).isEqualTo("Saved.");
	}

	@Test
	void deletedSessionIsGone() {
		Session session = created();
		this.sessions.deleteById(session.getId());
		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	@Test
	void readAfterSavingWithinOneRequestIsTheSessionJustSaved() throws Exception {
		Session session = created();
		withinOneRequest(() -> {
			session.setAttribute("flash", "Saved.");
			this.sessions.save(session);
			assertThat(this.sessions.findById(session.getId())).isSameAs(session);
		});
	}

	@Test
	void readInTheNextRequestComesFromTheDatabase() throws Exception {
		Session session = created();
		withinOneRequest(() -> this.sessions.save(session));
		withinOneRequest(() -> {
			Session read = this.sessions.findById(session.getId());
			assertThat(read).isNotSameAs(session);
			assertThat(read.getId()).isEqualTo(session.getId());
		});
	}

	@Test
	void sessionDeletedWithinTheRequestIsGoneForIt() throws Exception {
		Session session = created();
		withinOneRequest(() -> {
			this.sessions.save(session);
			this.sessions.deleteById(session.getId());
			assertThat(this.sessions.findById(session.getId())).isNull();
		});
	}

	private static void withinOneRequest(Runnable work) throws Exception {
		new SessionStore.RequestScope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> work.run());
	}

	/** A session as a request finds it: stored, then read back. */
	private Session created() {
		Session session = this.sessions.createSession();
		this.sessions.save(session);
		return this.sessions.findById(session.getId());
	}

}
