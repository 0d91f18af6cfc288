package org.clinicportal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.clinicportal.Endpoints.Endpoint;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint, as the application's own handler mappings list them, answers hostile values in each
 * input its handler declares with a page or a 4xx: never a 5xx, a stack trace or an exception's class
 * name. Staff addresses are called by an administrator, portal addresses by a signed-in account holder
 * with every section, the rest anonymously; addresses name records made for the purpose.
 */
@ClinicPortalTest
class HostileInputTests {

	/**
	 * Values no form sends: numbers at and beyond the ends of int and long, a NUL character, 100 KB of
	 * text, impossible and unstorable dates, an unknown enum constant, and a parameter given twice.
	 */
	static final List<List<String>> HOSTILE = List.of(List.of("99999999999999999999"), List.of("-2147483649"),
			List.of("2147483648"), List.of("2147483647"), List.of("9223372036854775807"), List.of("nul\u0000byte"),
			List.of("x".repeat(100_000)), List.of("2024-13-45"), List.of("+999999999-12-31"),
			List.of("-999999999-01-01"), List.of("NO_SUCH_VALUE"), List.of("1", "2"));

	/** A stack frame, a qualified exception class, or the framework's default error page. */
	private static final Pattern LEAK = Pattern.compile("Whitelabel|\\sat [a-z][\\w$]*(?:\\.[\\w$]+)+\\("
			+ "|\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b");

	/**
	 * The Outbox and the Dev Mailbox answer a page number near the largest int with a server error; their
	 * paging is being mended separately under issue #20. Remove these once it is.
	 */
	private static final Set<String> MENDED_SEPARATELY = Set.of("GET /staff/outbox page=[2147483647]",
			"GET /staff/mailbox page=[2147483647]");

	/** An address of its own, so that the refusals counted per address leave other tests' alone. */
	private static final String ADDRESS = "203.0.113.71";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyEndpointAnswersHostileInputWithAPageOrA4xx() throws Exception {
		var endpoints = Endpoints.of(this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class));
		var targets = new HostileTargets(this.mvc, this.context);
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints.all()) {
			Map<String, String> path = new LinkedHashMap<>();
			endpoint.pathVariables().forEach((variable) -> path.put(variable, targets.pathValue(endpoint.pattern(), variable)));
			if (endpoint.method() == HttpMethod.GET) {
				int status = check(endpoint, targets, path, Map.of(), failures);
				if (!path.isEmpty() && (status == 404 || status == 403)) {
					failures.add(endpoint + " " + path + ": " + status + " for the records made for it");
				}
			}
			for (String input : endpoint.inputs()) {
				for (List<String> values : HOSTILE) {
					if (!MENDED_SEPARATELY.contains(endpoint + " " + input + "=" + values)) {
						check(endpoint, targets, path, Map.of(input, values), failures);
					}
				}
			}
			for (String variable : path.keySet()) {
				// an address holds one value, and a small one could name a record of other tests
				for (List<String> values : HOSTILE.stream().filter((values) -> values.size() == 1).toList()) {
					var hostilePath = new LinkedHashMap<>(path);
					hostilePath.put(variable, values.get(0));
					check(endpoint, targets, hostilePath, Map.of(), failures);
				}
			}
			Map<String, String> rivals = endpoints.rivalConditions(endpoint);
			if (!rivals.isEmpty()) {
				var both = new LinkedHashMap<String, List<String>>();
				rivals.forEach((name, value) -> both.put(name, List.of(value)));
				check(endpoint, targets, path, both, failures);
			}
		}
		assertThat(failures).as("requests answered with a server error or a leak").isEmpty();
		assertThat(status(request(HttpMethod.GET, "/portal/patients/{p}", targets.patient).cookie(targets.portal)))
			.as("the portal session lasted the whole run, so every portal handler ran").isEqualTo(200);
	}

	/** Sends one request and notes what is wrong with its answer; returns its status. */
	private int check(Endpoint endpoint, HostileTargets targets, Map<String, String> path,
			Map<String, List<String>> params, List<String> failures) {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.template(), path.values().toArray());
		endpoint.conditions().forEach(request::param);
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		if (endpoint.pattern().startsWith("/staff")) {
			request.with(HostileTargets.STAFF);
		}
		Cookie session = targets.portalSession(endpoint.pattern());
		if (session != null) {
			request.cookie(session);
		}
		if (endpoint.method() != HttpMethod.GET) {
			request.with(csrf());
		}
		String what = endpoint + " " + describe(path) + " " + describe(params);
		try {
			MockHttpServletResponse response = this.mvc.perform(request.with((r) -> {
				r.setRemoteAddr(ADDRESS);
				return r;
			})).andReturn().getResponse();
			if (response.getStatus() >= 500) {
				failures.add(what + ": " + response.getStatus());
			}
			var leak = LEAK.matcher(response.getContentAsString());
			if (leak.find()) {
				failures.add(what + ": the answer shows '" + leak.group() + "'");
			}
			return response.getStatus();
		}
		catch (Exception ex) {
			failures.add(what + ": " + rootCause(ex));
			return 500;
		}
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
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
