package org.clinicportal.staff;

import java.time.Clock;

import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.PasskeyFilters;
import org.clinicportal.credential.SecondStep;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TwoStepProperties;
import org.clinicportal.system.FormTokens;
import org.clinicportal.system.SecurityHeaders;
import org.clinicportal.system.SignInFailure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
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

	/** The second step of a sign-in, after the password. */
	static final String SECOND_STEP = "/staff/login/second-step";

	/** The user's sign-in methods; below it, setting up an authenticator app and recovery codes. */
	static final String SECURITY = "/staff/security";

	/** Adding a passkey, and signing in with one ({@code /staff/login/webauthn}). */
	static final String PASSKEYS = "/staff/webauthn";

	private static final String[] STAFF_ROLES = { StaffRole.ADMIN.name(), StaffRole.FRONT_DESK.name(),
			StaffRole.CLINICIAN.name() };

	@Bean
	@Order(10)
	SecurityFilterChain staffFilterChain(HttpSecurity http, StaffSignIns signIns, AuditTrail audit,
			StaffSessionProperties properties, Clock clock, TwoStep twoStep, TwoStepProperties twoStepPolicy,
			WebAuthnRelyingPartyOperations passkeyParty, UserCredentialRepository passkeyCredentials) throws Exception {
		var provider = new StaffAuthenticationProvider(signIns, twoStep, twoStepPolicy, clock);
		// a ProviderManager of its own publishes no events: the sign-in protection audits every attempt
		var manager = new ProviderManager(provider);
		var formTokens = new FormTokens(FORM_TOKEN_COOKIE);
		// the page asked for before signing in waits in a cookie: anonymous requests make no session
		var requestCache = new CookieRequestCache();
		AuthorizationManager<RequestAuthorizationContext> staff = AuthorityAuthorizationManager.hasAnyRole(STAFF_ROLES);
		http.securityMatcher("/staff/**")
			.authenticationManager(manager)
			.csrf((csrf) -> csrf.csrfTokenRepository(formTokens))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(LOGIN, PASSKEYS + "/authenticate/options", "/staff/login/webauthn")
				.permitAll()
				.requestMatchers(SECOND_STEP, LOGOUT, KEEP_ALIVE)
				.access(staff)
				// setting up a second factor before having used one only when there is none yet
				.requestMatchers(SECURITY, SECURITY + "/**", PASSKEYS + "/register", PASSKEYS + "/register/**")
				.access(AuthorizationManagers.allOf(staff, (authentication, context) -> new AuthorizationDecision(
						authentication.get() instanceof StaffSignIn signedIn
								&& (SecondStep.complete(signedIn) || !signedIn.secondFactorEnrolled()))))
				.anyRequest()
				.access(AuthorizationManagers.allOf(staff, new SecondStep<>())))
			.exceptionHandling((exceptions) -> exceptions.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint(SECOND_STEP), SecondStep.APP))
			.formLogin((form) -> form.loginPage(LOGIN)
				.defaultSuccessUrl("/staff/patients")
				.failureHandler(SignInFailure.backTo(LOGIN + "?error"))
				.permitAll())
			.logout((logout) -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN + "?logout"))
			.addFilterBefore(new StaffSessionGuard(signIns, audit, clock, properties.sessionAbsoluteLimit()),
					AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeGate(CHANGE_PASSWORD, LOGOUT, KEEP_ALIVE), AuthorizationFilter.class)
			.headers(SecurityHeaders.standard());
		PasskeyFilters.addTo(http, "/staff", "/staff/patients", passkeyParty, passkeyCredentials, provider::passkey, formTokens,
				requestCache);
		return http.build();
	}

}
