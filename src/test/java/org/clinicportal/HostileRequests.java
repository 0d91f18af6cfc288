package org.clinicportal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.clinicportal.Endpoints.Endpoint;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ReflectionUtils;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Sends {@link HostileInputTests}' requests as the right person (an administrator for staff addresses,
 * the signed-in holder for portal ones, nobody for the rest) and notes every answer that is a server
 * error or shows a stack trace or an exception class.
 */
final class HostileRequests {

	/** A stack frame, a qualified exception class, or the framework's default error page. */
	private static final Pattern LEAK = Pattern.compile("Whitelabel|\\sat [a-z][\\w$]*(?:\\.[\\w$]+)+\\("
			+ "|\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b");

	/** An address of its own, so that the refusals counted per address leave other tests' alone. */
	private static final String ADDRESS = "203.0.113.71";

	private final MockMvc mvc;

	private final HostileTargets targets;

	private final ConversionService conversion;

	final List<String> failures = new ArrayList<>();

	HostileRequests(MockMvc mvc, HostileTargets targets, ConversionService conversion) {
		this.mvc = mvc;
		this.targets = targets;
		this.conversion = conversion;
	}

	/**
	 * Sends one request, with the hostile parameters over the form's own, and notes what is wrong with
	 * its answer; returns its status.
	 */
	int check(Endpoint endpoint, Map<String, String> path, Map<String, List<String>> form,
			Map<String, List<String>> hostile) {
		String what = endpoint + " " + describe(path) + " " + describe(hostile) + (form.isEmpty() ? "" : " in its form");
		Map<String, List<String>> params = new LinkedHashMap<>(form);
		params.putAll(hostile);
		try {
			MockHttpServletResponse response = send(endpoint, path, params).getResponse();
			if (response.getStatus() >= 500) {
				this.failures.add(what + ": " + response.getStatus());
			}
			var leak = LEAK.matcher(response.getContentAsString());
			if (leak.find()) {
				this.failures.add(what + ": the answer shows '" + leak.group() + "'");
			}
			return response.getStatus();
		}
		catch (Exception ex) {
			this.failures.add(what + ": " + rootCause(ex));
			return 500;
		}
	}

	/**
	 * The form a page shows, field by field as a browser posts it back, so that a hostile value in one
	 * field is the only thing wrong with a post; empty when the page has no such form.
	 */
	Map<String, List<String>> formOnPage(Endpoint page, Map<String, String> path, String form) throws Exception {
		Map<String, List<String>> params = new LinkedHashMap<>();
		this.targets.pageParams().forEach((name, value) -> {
			if (page.inputs().contains(name)) {
				params.put(name, List.of(value));
			}
		});
		MvcResult shown = send(page, path, params);
		Object object = (shown.getModelAndView() != null) ? shown.getModelAndView().getModel().get(form) : null;
		Map<String, List<String>> fields = new LinkedHashMap<>();
		if (object != null) {
			var bean = new BeanWrapperImpl(object);
			for (String field : Endpoints.fields(object.getClass())) {
				fields.put(field, strings(object.getClass().isRecord() ? component(object, field)
						: bean.getPropertyValue(field)));
			}
		}
		return fields;
	}

	private MvcResult send(Endpoint endpoint, Map<String, String> path, Map<String, List<String>> params)
			throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.template(), path.values().toArray());
		endpoint.conditions().forEach(request::param);
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		if (endpoint.pattern().startsWith("/staff")) {
			request.with(HostileTargets.STAFF);
		}
		Cookie session = this.targets.portalSession(endpoint.pattern());
		if (session != null) {
			request.cookie(session);
		}
		if (endpoint.method() != HttpMethod.GET) {
			request.with(csrf());
		}
		return this.mvc.perform(request.with((r) -> {
			r.setRemoteAddr(ADDRESS);
			return r;
		})).andReturn();
	}

	private static Object component(Object record, String name) throws ReflectiveOperationException {
		Method accessor = record.getClass().getDeclaredMethod(name);
		ReflectionUtils.makeAccessible(accessor);
		return accessor.invoke(record);
	}

	private List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().flatMap((each) -> strings(each).stream()).toList();
		}
		if (value instanceof Enum<?> constant) {
			return List.of(constant.name());
		}
		return List.of(this.conversion.convert(value, String.class));
	}

	private static String describe(Map<String, ?> values) {
		return values.isEmpty() ? "" : values.toString().replace("\u0000", "\\u0000").replaceAll("x{100,}", "x…");
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getName() + ": " + String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
	}

}
