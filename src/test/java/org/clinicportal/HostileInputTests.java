package org.clinicportal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clinicportal.Endpoints.Endpoint;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every endpoint, as the application's own handler mappings list them, answers hostile values in each
 * input its handler declares with a page or a 4xx: never a 5xx, a stack trace or an exception's class
 * name. Staff addresses are called by an administrator, portal addresses by a signed-in account holder
 * with every section, the rest anonymously; addresses name records made for the purpose. A post whose
 * page shows its form carries that form's values, so that the hostile one is all that is wrong with it.
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

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyEndpointAnswersHostileInputWithAPageOrA4xx() throws Exception {
		var endpoints = Endpoints.of(this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class));
		var targets = new HostileTargets(this.mvc, this.context);
		var requests = new HostileRequests(this.mvc, targets,
				this.context.getBean("mvcConversionService", ConversionService.class));
		for (Endpoint endpoint : endpoints.all()) {
			Map<String, String> path = new LinkedHashMap<>();
			endpoint.pathVariables().forEach((name) -> path.put(name, targets.pathValue(endpoint.pattern(), name)));
			if (endpoint.method() == HttpMethod.GET) {
				int status = requests.check(endpoint, path, Map.of(), Map.of());
				if (!path.isEmpty() && (status == 404 || status == 403)) {
					requests.failures.add(endpoint + " " + path + ": " + status + " for the records made for it");
				}
			}
			Map<String, List<String>> form = null;
			var inputs = new ArrayList<>(endpoint.inputs());
			if (endpoint.takesAnyParameter()) {
				inputs.addAll(targets.anyParameters(endpoint.pattern()));
			}
			for (String input : inputs) {
				for (List<String> values : HOSTILE) {
					form = (form != null) ? form : form(requests, endpoints, endpoint, path);
					int status = requests.check(endpoint, path, form, Map.of(input, values));
					// a saved value moves the record's version on: the next post needs the form afresh
					form = (status / 100 == 3) ? null : form;
				}
			}
			for (String variable : path.keySet()) {
				// an address holds one value, and a small one could name a record of other tests
				for (List<String> values : HOSTILE.stream().filter((values) -> values.size() == 1).toList()) {
					var hostilePath = new LinkedHashMap<>(path);
					hostilePath.put(variable, values.get(0));
					requests.check(endpoint, hostilePath, Map.of(), Map.of());
				}
			}
			Map<String, String> rivals = endpoints.rivalConditions(endpoint);
			if (!rivals.isEmpty()) {
				var both = new LinkedHashMap<String, List<String>>();
				rivals.forEach((name, value) -> both.put(name, List.of(value)));
				requests.check(endpoint, path, Map.of(), both);
			}
		}
		assertThat(requests.failures).as("requests answered with a server error or a leak").isEmpty();
		assertThat(this.mvc.perform(get("/portal/patients/{p}", targets.patient).cookie(targets.portal))
			.andReturn()
			.getResponse()
			.getStatus()).as("the portal session lasted the whole run, so every portal handler ran").isEqualTo(200);
	}

	/** The form as its page shows it now, for a post to the page's address. */
	private static Map<String, List<String>> form(HostileRequests requests, Endpoints endpoints, Endpoint endpoint,
			Map<String, String> path) throws Exception {
		if (endpoint.method() == HttpMethod.GET || endpoint.formObject().isEmpty()) {
			return Map.of();
		}
		var page = endpoints.page(endpoint);
		return page.isPresent() ? requests.formOnPage(page.get(), path, endpoint.formObject().get()) : Map.of();
	}

}
