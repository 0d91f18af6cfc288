package org.clinicportal.staff;

import org.clinicportal.system.FormTokens;
import org.clinicportal.system.SecurityHeaders;
import org.clinicportal.system.SignInFailure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/** The staff console's filter chain: everything under /staff needs a signed-in staff user. */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

	static final String LOGIN = "/staff/login";

	/** Carries the form token of a visitor who has no session yet (see {@link FormTokens}). */
	static final String FORM_TOKEN_COOKIE = "STAFF-FORM-TOKEN";

	static final String CHANGE_PASSWORD = "/staff/account/password";

	@Bean
	@Order(10)
	SecurityFilterChain staffFilterChain(HttpSecurity http, StaffUserDetailsService staffUsers) throws Exception {
		http.securityMatcher("/staff/**")
			.userDetailsService(staffUsers)
			.csrf((csrf) -> csrf.csrfTokenRepository(new FormTokens(FORM_TOKEN_COOKIE)))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN)
				.permitAll()
				.anyRequest()
				.hasAnyRole(StaffRole.ADMIN.name(), StaffRole.FRONT_DESK.name(), StaffRole.CLINICIAN.name()))
			.formLogin((form) -> form.loginPage(LOGIN)
				.defaultSuccessUrl("/staff/patients")
				.failureHandler(SignInFailure.backTo(LOGIN + "?error"))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/staff/logout").logoutSuccessUrl(LOGIN + "?logout"))
			.addFilterAfter(new PasswordChangeGate(CHANGE_PASSWORD, "/staff/logout"), AuthorizationFilter.class)
			.headers(SecurityHeaders.standard());
		return http.build();
	}

}
