package org.clinicportal.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class StaffSessionGuardTests {

	private static final Instant SIGNED_IN = Instant.parse("2026-11-27T08:00:00Z");

	private static final Instant PASSWORD_CHANGED = Instant.parse("2026-11-01T10:00:00.123456Z");

	private static final StaffStanding STANDING = new StaffStanding(7, "sam", true, false, PASSWORD_CHANGED,
			Set.of(StaffRole.ADMIN));

	private final StaffSignIns signIns = mock(StaffSignIns.class);

	private final AuditTrail audit = mock(AuditTrail.class);

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aStaffSessionWithinTwelveHoursGoesOn() throws Exception {
		assertThat(request(SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)), STANDING).getRedirectedUrl())
			.isNull();
	}

	@Test
	void aStaffSessionEndsAtTheAbsoluteLimitHoweverActive() throws Exception {
		assertThat(request(SIGNED_IN.plus(Duration.ofHours(12)), STANDING).getRedirectedUrl())
			.isEqualTo("/staff/login?ended");
		verify(this.audit).recordCoded(eq("sam"), any(), any(),
				eq(AuditDetail.of("audit.detail.reason", "absolute limit of 12 hours reached")), any());
	}

	@Test
	void aDisabledUsersSessionEnds() throws Exception {
		var disabled = new StaffStanding(7, "sam", false, false, PASSWORD_CHANGED, Set.of(StaffRole.ADMIN));
		assertThat(request(SIGNED_IN.plusSeconds(60), disabled).getRedirectedUrl()).isEqualTo("/staff/login?ended");
		verify(this.audit).recordCoded(eq("sam"), any(), any(), eq(AuditDetail.of("audit.detail.reason", "account disabled")), any());
	}

	@Test
	void rightsFollowTheUsersRolesNow() throws Exception {
		var frontDesk = new StaffStanding(7, "sam", true, false, PASSWORD_CHANGED, Set.of(StaffRole.FRONT_DESK));
		request(SIGNED_IN.plusSeconds(60), frontDesk);
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
			.extracting((a) -> a.getAuthority())
			.containsExactly("ROLE_FRONT_DESK");
	}

	private MockHttpServletResponse request(Instant now, StaffStanding standing) throws Exception {
		given(this.signIns.standing("sam")).willReturn(Optional.of(standing));
		var guard = new StaffSessionGuard(this.signIns, this.audit, Clock.fixed(now, ZoneOffset.UTC),
				Duration.ofHours(12));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new StaffSignIn(STANDING, SIGNED_IN, null, List.of(), false, false));
		SecurityContextHolder.setContext(context);
		var request = new MockHttpServletRequest("GET", "/staff/patients");
		var response = new MockHttpServletResponse();
		guard.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
