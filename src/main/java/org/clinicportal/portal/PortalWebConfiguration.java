package org.clinicportal.portal;

import org.clinicportal.audit.AuditTrail;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AccessPolicy} in front of every portal handler. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

	private final AccessPolicy policy;

	private final AuditTrail audit;

	PortalWebConfiguration(AccessPolicy policy, AuditTrail audit) {
		this.policy = policy;
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AccessInterceptor(this.policy, this.audit)).addPathPatterns("/portal", "/portal/**");
	}

}
