package org.clinicportal.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.account.PortalUser;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.NotFoundException;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Runs {@link AccessPolicy} before every portal handler, with the patient the request names. A
 * handler without {@link PortalPage}, a patient the account has no access to, and a section it may
 * not use are all answered "not found", so that nobody learns which patients exist. Section views
 * go to the audit trail.
 */
final class AccessInterceptor implements HandlerInterceptor {

	private final AccessPolicy policy;

	private final AuditTrail audit;

	AccessInterceptor(AccessPolicy policy, AuditTrail audit) {
		this.policy = policy;
		this.audit = audit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PortalPage page = page(method);
		if (page == null) {
			throw new NotFoundException();
		}
		if (PortalPage.NO_PATIENT.equals(page.value())) {
			return true;
		}
		PortalUser user = (PortalUser) request.getAttribute(PortalRequests.USER);
		long patientId = patientId(request);
		if (!this.policy.permits(user, patientId, page.value())) {
			throw new NotFoundException();
		}
		request.setAttribute(PortalRequests.PATIENT, patientId);
		if (!PortalPage.HOME.equals(page.value()) && "GET".equals(request.getMethod())) {
			this.audit.record(actor(), AuditAction.PORTAL_SECTION_VIEWED, patientId, page.value(),
					request.getRemoteAddr());
		}
		return true;
	}

	/** The handler's own {@link PortalPage}, or its class's. */
	static PortalPage page(HandlerMethod method) {
		PortalPage own = method.getMethodAnnotation(PortalPage.class);
		return (own != null) ? own : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PortalPage.class);
	}

	private static long patientId(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String value = (variables != null && variables.containsKey(PortalRequests.PATIENT_ID))
				? variables.get(PortalRequests.PATIENT_ID) : request.getParameter(PortalRequests.PATIENT_ID);
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
	}

	private static String actor() {
		return PortalAuthentication.current().actor();
	}

}
