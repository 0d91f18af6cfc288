package org.clinicportal.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.clinicportal.account.PortalUsers;
import org.clinicportal.account.AccessTerms;
import org.clinicportal.account.PortalUser;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.SessionRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class PortalSessionGuardTests {

	private static final Instant SIGNED_IN = Instant.parse("2026-11-27T08:00:00Z");

	private static final Instant PASSWORD_CHANGED = Instant.parse("2026-11-01T10:00:00.123456Z");

	private final PortalUsers users = mock(PortalUsers.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	private final AccessTerms terms = mock(AccessTerms.class);

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void sessionWithinTwelveHoursGoesOn() throws Exception {
		MockHttpServletResponse response = request(SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)));
		assertThat(response.getRedirectedUrl()).isNull();
	}

	@Test
	void sessionEndsAtTheAbsoluteLimitHoweverActive() throws Exception {
		MockHttpServletResponse response = request(SIGNED_IN.plus(Duration.ofHours(12)));
		assertThat(response.getRedirectedUrl()).isEqualTo("/portal/login?ended");
		verify(this.audit).recordCoded(eq("portal:sam@example.org"), any(), any(),
				eq(AuditDetail.of("audit.detail.reason", "absolute limit of 12 hours reached")),
				any());
	}

	@Test
	void passwordTimesCompareToTheMillisecondAsDatabasesRoundThem() {
		assertThat(SessionRule.sameInstant(PASSWORD_CHANGED, Instant.parse("2026-11-01T10:00:00.123Z")))
			.isTrue();
		assertThat(SessionRule.sameInstant(PASSWORD_CHANGED, Instant.parse("2026-11-01T10:00:01.123Z")))
			.isFalse();
	}

	private MockHttpServletResponse request(Instant now) throws Exception {
		given(this.users.user(anyLong())).willReturn(Optional
			.of(new PortalUser(7, "sam@example.org", "Sam", "Lee", true, false, PASSWORD_CHANGED, List.of())));
		given(this.terms.inForce(any())).willAnswer((call) -> call.getArgument(0));
		var guard = new PortalSessionGuard(this.users, this.audit, Clock.fixed(now, ZoneOffset.UTC),
				Duration.ofHours(12), new AccessPolicy(null, this.terms));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new PortalAuthentication(7, "sam@example.org", PASSWORD_CHANGED, SIGNED_IN, java.util.List.of(), false, false));
		SecurityContextHolder.setContext(context);
		var request = new MockHttpServletRequest("GET", "/portal/patients/1");
		var response = new MockHttpServletResponse();
		guard.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
