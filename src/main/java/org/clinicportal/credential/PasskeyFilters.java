package org.clinicportal.credential;

import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsFilter;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Spring Security's passkey filters for one sign-in chain, at addresses below the chain's own prefix
 * (Spring's {@code http.webAuthn()} serves fixed addresses for a single chain):
 * <ul>
 * <li>{@code POST <prefix>/webauthn/register/options} and {@code <prefix>/webauthn/register}: a
 * signed-in holder adds a passkey;</li>
 * <li>{@code POST <prefix>/webauthn/authenticate/options} and {@code <prefix>/login/webauthn}:
 * signing in with a passkey, without a username.</li>
 * </ul>
 * A passkey that checks out is turned into the chain's own sign-in by {@code signIn}, given the
 * holder's principal name; it refuses (BadCredentialsException) an account that may not sign in.
 */
public final class PasskeyFilters {

	private static final Logger log = LoggerFactory.getLogger(PasskeyFilters.class);

	private PasskeyFilters() {
	}

	public static void addTo(HttpSecurity http, String prefix, String home, WebAuthnRelyingPartyOperations party,
			UserCredentialRepository credentials, Function<String, Authentication> signIn,
			CsrfTokenRepository formTokens, RequestCache requestCache) {
		var saved = new SessionCreationOptions();
		var creationOptions = new PublicKeyCredentialCreationOptionsFilter(party);
		creationOptions.setRequestMatcher(pathPattern(HttpMethod.POST, prefix + "/webauthn/register/options"));
		creationOptions.setCreationOptionsRepository(saved);
		var registration = new WebAuthnRegistrationFilter(credentials, party);
		registration.setCreationOptionsRepository(saved);
		registration.setRegisterCredentialMatcher(pathPattern(HttpMethod.POST, prefix + "/webauthn/register"));
		registration.setRemoveCredentialMatcher(pathPattern(HttpMethod.DELETE, prefix + "/webauthn/register/{id}"));
		var requestOptions = new PublicKeyCredentialRequestOptionsFilter(party);
		requestOptions.setRequestMatcher(pathPattern(HttpMethod.POST, prefix + "/webauthn/authenticate/options"));

		var authentication = new WebAuthnAuthenticationFilter();
		authentication.setRequiresAuthenticationRequestMatcher(pathPattern(HttpMethod.POST, prefix + "/login/webauthn"));
		authentication.setAuthenticationManager(new ProviderManager(new SignIn(party, signIn)));
		// a new session id and a new form token at sign-in, as the password sign-in does
		authentication.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(formTokens))));
		authentication.setAuthenticationSuccessHandler((request, response, signedIn) -> {
			// the page asked for before signing in, or the chain's home: the page's script goes there
			var asked = requestCache.getRequest(request, response);
			requestCache.removeRequest(request, response);
			String next = (asked != null) ? asked.getRedirectUrl() : request.getContextPath() + home;
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"authenticated\":true,\"redirectUrl\":\"" + next.replace("\\", "\\\\").replace("\"", "\\\"")
						+ "\"}");
		});

		http.addFilterBefore(authentication, UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(creationOptions, AuthorizationFilter.class);
		http.addFilterBefore(requestOptions, AuthorizationFilter.class);
		http.addFilterAfter(registration, AuthorizationFilter.class);
	}

	/** Checks the passkey with Spring's provider, then signs its holder in to the chain. */
	private static final class SignIn implements AuthenticationProvider {

		private final WebAuthnAuthenticationProvider passkey;

		private final Function<String, Authentication> signIn;

		SignIn(WebAuthnRelyingPartyOperations party, Function<String, Authentication> signIn) {
			// the chain decides who may sign in: the provider only needs the holder's name back
			this.passkey = new WebAuthnAuthenticationProvider(party,
					(name) -> User.withUsername(name).password("").authorities(List.of()).build());
			this.signIn = signIn;
		}

		@Override
		public Authentication authenticate(Authentication request) {
			Authentication checked;
			try {
				checked = this.passkey.authenticate(request);
			}
			catch (RuntimeException ex) {
				// a browser's refusal or a stale passkey: worth a line for whoever looks into a sign-in
				log.debug("Passkey refused: {}", ex.getMessage());
				throw ex;
			}
			Authentication signedIn = this.signIn.apply(checked.getName());
			if (signedIn == null) {
				throw new BadCredentialsException("refused");
			}
			return signedIn;
		}

		@Override
		public boolean supports(Class<?> type) {
			return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(type);
		}

	}

}
