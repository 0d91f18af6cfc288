package org.clinicportal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The last filter chain: public pages (landing page, static files, health and its liveness and
 * readiness probes, errors). Staff and portal pages have chains of their own, in their modules,
 * matched first.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class PublicSecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.anyRequest()
			.permitAll())
			.headers(SecurityHeaders.standard());
		return http.build();
	}

}
