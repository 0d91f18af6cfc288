package org.clinicportal.portal;

import java.time.Clock;

import org.clinicportal.account.PortalSignIns;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.credential.PasskeyFilters;
import org.clinicportal.credential.SecondStep;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TwoStepProperties;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.FormTokens;
import org.clinicportal.system.SecurityHeaders;
import org.clinicportal.system.SignInFailure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The portal's filter chain: its own sign-in against portal accounts, every page but the sign-in
 * flows for a signed-in holder only, and a guard that checks the session on each request.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

	private static final AuthorizationManager<RequestAuthorizationContext> SIGNED_IN = (authentication,
			context) -> new AuthorizationDecision(authentication.get() instanceof PortalAuthentication);

	/** Carries the form token of a visitor who has no session yet (see {@link FormTokens}). */
	static final String FORM_TOKEN_COOKIE = "PORTAL-FORM-TOKEN";

	@Bean
	@Order(20)
	SecurityFilterChain portalFilterChain(HttpSecurity http, PortalSignIns signIns, PortalUsers users,
			AuditTrail audit, Clock clock, PortalSignInProperties properties, TwoStep twoStep,
			TwoStepProperties twoStepPolicy, WebAuthnRelyingPartyOperations passkeyParty,
			UserCredentialRepository passkeyCredentials, AccessPolicy policy) throws Exception {
		var provider = new PortalAuthenticationProvider(signIns, users, twoStep, twoStepPolicy, clock);
		// a ProviderManager of its own publishes no events: the staff sign-in audit sees none of these
		var manager = new ProviderManager(provider);
		var entryPoint = new LoginUrlAuthenticationEntryPoint(PortalPaths.LOGIN);
		// the page asked for before signing in waits in a cookie: anonymous requests make no session
		var requestCache = new CookieRequestCache();
		var formTokens = new FormTokens(FORM_TOKEN_COOKIE);
		http.securityMatcher("/portal", "/portal/**")
			.authenticationManager(manager)
			.csrf((csrf) -> csrf.csrfTokenRepository(formTokens))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(PortalPaths.LOGIN, PortalPaths.FORGOT, PortalPaths.SET_PASSWORD,
						PortalPaths.PASSKEYS + "/authenticate/options", "/portal/login/webauthn")
				.permitAll()
				.requestMatchers(PortalPaths.SECOND_STEP, PortalPaths.LOGOUT, PortalPaths.KEEP_ALIVE)
				.access(SIGNED_IN)
				// setting up a second factor before having used one only when there is none yet
				.requestMatchers(PortalPaths.SECURITY, PortalPaths.SECURITY + "/**", PortalPaths.PASSKEYS + "/register/**",
						PortalPaths.PASSKEYS + "/register")
				.access((authentication, context) -> new AuthorizationDecision(
						authentication.get() instanceof PortalAuthentication signedIn
								&& (SecondStep.complete(signedIn) || !signedIn.secondFactorEnrolled())))
				.anyRequest()
				.access(AuthorizationManagers.allOf(SIGNED_IN, new SecondStep<>())))
			.formLogin((form) -> form.loginPage(PortalPaths.LOGIN)
				.successHandler(withFormToken(PortalPaths.HOME, requestCache))
				.failureHandler(SignInFailure.backTo(PortalPaths.LOGIN + "?error"))
				.permitAll())
			.logout((logout) -> logout.logoutUrl(PortalPaths.LOGOUT)
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication instanceof PortalAuthentication signedIn) {
						audit.record(signedIn.actor(), AuditAction.PORTAL_SIGN_OUT, null, null,
								request.getRemoteAddr());
					}
				})
				.logoutSuccessUrl(PortalPaths.LOGIN + "?signedOut"))
			// a staff session asking for a portal page is sent to the portal sign-in, not refused; a sign-in
			// without its second step, to the second-step page
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.defaultAccessDeniedHandlerFor((request, response, denied) -> entryPoint.commence(request, response, null),
						AnyRequestMatcher.INSTANCE)
				.defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint(PortalPaths.SECOND_STEP),
						SecondStep.APP))
			.addFilterAfter(new PortalSessionGuard(users, audit, clock, properties.sessionAbsoluteLimit(), policy),
					AuthorizationFilter.class)
			.headers(SecurityHeaders.standard());
		PasskeyFilters.addTo(http, "/portal", PortalPaths.HOME, passkeyParty, passkeyCredentials, provider::passkey, formTokens,
				requestCache);
		return http.build();
	}

	/**
	 * Goes on to the page asked for (or home) after giving the new session its form token, so that
	 * pages opened at once right after signing in all carry the same one.
	 */
	private static AuthenticationSuccessHandler withFormToken(String home, RequestCache requestCache) {
		var next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl(home);
		next.setRequestCache(requestCache);
		return (request, response, authentication) -> {
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
