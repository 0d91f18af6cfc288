package org.clinicportal.credential;

import java.net.URI;
import java.util.LinkedHashSet;

import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.ClinicProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Spring Security's WebAuthn relying party for passkeys, its credentials in the database (shared by
 * every node): the relying party is the host of {@code clinic.base-url}, and a browser must come
 * from that address (or those of {@code clinic.two-step.passkey-origins}).
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, AuditTrail audit,
			ApplicationEventPublisher events) {
		return new AuditedPasskeyCredentials(new JdbcUserCredentialRepository(jdbc), audit, events);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, ClinicProperties clinic, TwoStepProperties properties) {
		URI base = URI.create(clinic.baseUrl());
		var origins = new LinkedHashSet<String>(properties.passkeyOrigins());
		if (origins.isEmpty()) {
			origins.add(base.getScheme() + "://" + base.getAuthority());
		}
		var party = PublicKeyCredentialRpEntity.builder().id(base.getHost()).name(clinic.name()).build();
		return new Webauthn4JRelyingPartyOperations(users, credentials, party, origins);
	}

}
