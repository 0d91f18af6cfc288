package org.clinicportal.staff;

import java.time.Clock;

import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.FormTokens;
import org.clinicportal.system.SecurityHeaders;
import org.clinicportal.system.SignInFailure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * The staff console's filter chain: everything under /staff needs a signed-in staff user, whose
 * session is checked against the user's standing on every request ({@link StaffSessionGuard}).
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

	static final String LOGIN = "/staff/login";

	/** Carries the form token of a visitor who has no session yet (see {@link FormTokens}). */
	static final String FORM_TOKEN_COOKIE = "STAFF-FORM-TOKEN";

	static final String CHANGE_PASSWORD = "/staff/account/password";

	static final String LOGOUT = "/staff/logout";

	/** Answers the idle warning's "Stay signed in", which keeps the session alive. */
	static final String KEEP_ALIVE = "/staff/keep-alive";

	@Bean
	@Order(10)
	SecurityFilterChain staffFilterChain(HttpSecurity http, StaffSignIns signIns, AuditTrail audit,
			StaffSessionProperties properties, Clock clock) throws Exception {
		// a ProviderManager of its own publishes no events: the sign-in protection audits every attempt
		var manager = new ProviderManager(new StaffAuthenticationProvider(signIns, clock));
		http.securityMatcher("/staff/**")
			.authenticationManager(manager)
			.csrf((csrf) -> csrf.csrfTokenRepository(new FormTokens(FORM_TOKEN_COOKIE)))
			// the page asked for before signing in waits in a cookie: anonymous requests make no session
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN)
				.permitAll()
				.anyRequest()
				.hasAnyRole(StaffRole.ADMIN.name(), StaffRole.FRONT_DESK.name(), StaffRole.CLINICIAN.name()))
			.formLogin((form) -> form.loginPage(LOGIN)
				.defaultSuccessUrl("/staff/patients")
				.failureHandler(SignInFailure.backTo(LOGIN + "?error"))
				.permitAll())
			.logout((logout) -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN + "?logout"))
			.addFilterBefore(new StaffSessionGuard(signIns, audit, clock, properties.sessionAbsoluteLimit()),
					AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeGate(CHANGE_PASSWORD, LOGOUT, KEEP_ALIVE), AuthorizationFilter.class)
			.headers(SecurityHeaders.standard());
		return http.build();
	}

}
