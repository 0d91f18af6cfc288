package org.clinicportal.portal;

import java.time.Clock;

import org.clinicportal.account.PortalSignIns;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.FormTokens;
import org.clinicportal.system.SecurityHeaders;
import org.clinicportal.system.SignInFailure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
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

	/** Carries the form token of a visitor who has no session yet (see {@link FormTokens}). */
	static final String FORM_TOKEN_COOKIE = "PORTAL-FORM-TOKEN";

	@Bean
	@Order(20)
	SecurityFilterChain portalFilterChain(HttpSecurity http, PortalSignIns signIns, PortalUsers users,
			AuditTrail audit, Clock clock, PortalSignInProperties properties) throws Exception {
		// a ProviderManager of its own publishes no events: the staff sign-in audit sees none of these
		var manager = new ProviderManager(new PortalAuthenticationProvider(signIns, clock));
		var entryPoint = new LoginUrlAuthenticationEntryPoint(PortalPaths.LOGIN);
		// the page asked for before signing in waits in a cookie: anonymous requests make no session
		var requestCache = new CookieRequestCache();
		http.securityMatcher("/portal", "/portal/**")
			.authenticationManager(manager)
			.csrf((csrf) -> csrf.csrfTokenRepository(new FormTokens(FORM_TOKEN_COOKIE)))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(PortalPaths.LOGIN, PortalPaths.FORGOT, PortalPaths.SET_PASSWORD)
				.permitAll()
				.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(
						authentication.get() instanceof PortalAuthentication)))
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
			// a staff session asking for a portal page is sent to the portal sign-in, not refused
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler((request, response, denied) -> entryPoint.commence(request, response, null)))
			.addFilterAfter(new PortalSessionGuard(users, audit, clock, properties.sessionAbsoluteLimit()),
					AuthorizationFilter.class)
			.headers(SecurityHeaders.standard());
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
