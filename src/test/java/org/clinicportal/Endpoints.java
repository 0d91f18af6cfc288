package org.clinicportal;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.core.Conventions;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, read from its handler mappings, with the names of the inputs
 * its handler declares: request parameters, path variables and the fields of its form objects.
 */
record Endpoints(List<Endpoint> all) {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	private static final String APPLICATION_PACKAGE = ClinicPortalApplication.class.getPackageName();

	/** The application's own endpoints (not the framework's, such as {@code /error}), in a stable order. */
	static Endpoints of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith(APPLICATION_PACKAGE)) {
				for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
					for (HttpMethod method : methods(info)) {
						endpoints.add(new Endpoint(method, pattern, conditions(info), inputs(handler), handler));
					}
				}
			}
		});
		endpoints.sort(Comparator.comparing(Endpoint::toString));
		return new Endpoints(List.copyOf(endpoints));
	}

	/**
	 * The parameters that other mappings of the same address and method require, such as the other
	 * button of a form with two: a request may carry them all at once.
	 */
	Map<String, String> rivalConditions(Endpoint endpoint) {
		Map<String, String> rivals = new LinkedHashMap<>();
		this.all.stream()
			.filter((other) -> other != endpoint && other.method().equals(endpoint.method())
					&& other.pattern().equals(endpoint.pattern()))
			.forEach((other) -> rivals.putAll(other.conditions()));
		endpoint.conditions().keySet().forEach(rivals::remove);
		return rivals;
	}

	/** The page at the same address, which shows the form an endpoint posts. */
	Optional<Endpoint> page(Endpoint endpoint) {
		return this.all.stream()
			.filter((other) -> other.method() == HttpMethod.GET && other.pattern().equals(endpoint.pattern()))
			.findFirst();
	}

	private static List<HttpMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		return declared.isEmpty() ? List.of(HttpMethod.GET) : declared.stream().map(RequestMethod::asHttpMethod).toList();
	}

	/** The parameters a mapping requires to be chosen, with their values ({@code params = "save"}). */
	private static Map<String, String> conditions(RequestMappingInfo info) {
		Map<String, String> conditions = new LinkedHashMap<>();
		info.getParamsCondition().getExpressions().stream().filter((expression) -> !expression.isNegated())
			.forEach((expression) -> conditions.put(expression.getName(),
					(expression.getValue() != null) ? expression.getValue() : ""));
		return conditions;
	}

	private static Set<String> inputs(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				if (!Map.class.isAssignableFrom(parameter.getParameterType())) {
					names.add(StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName());
				}
			}
			else if (isForm(parameter)) {
				names.addAll(fields(parameter.getParameterType()));
			}
		}
		return names;
	}

	private static String attributeName(MethodParameter parameter) {
		String name = named(parameter.getParameterAnnotation(ModelAttribute.class));
		return (name != null) ? name : Conventions.getVariableNameForParameter(parameter);
	}

	private static String named(ModelAttribute attribute) {
		if (attribute == null) {
			return null;
		}
		return StringUtils.hasText(attribute.value()) ? attribute.value()
				: StringUtils.hasText(attribute.name()) ? attribute.name() : null;
	}

	/**
	 * A form object: a model attribute, or an unannotated parameter of an application type, bound alike;
	 * but not a record that the controller's own {@code @ModelAttribute} method supplies, such as the
	 * patient of the page, as nothing of the request can be bound onto it.
	 */
	private static boolean isForm(MethodParameter parameter) {
		boolean bound = parameter.hasParameterAnnotation(ModelAttribute.class)
				|| (parameter.getParameterAnnotations().length == 0
						&& parameter.getParameterType().getPackageName().startsWith(APPLICATION_PACKAGE));
		return bound && !(parameter.getParameterType().isRecord() && Arrays
			.stream(parameter.getContainingClass().getDeclaredMethods())
			.anyMatch((method) -> attributeName(parameter).equals(named(method.getAnnotation(ModelAttribute.class)))));
	}

	/** The names of a form object's fields: a record's components, a bean's writable properties. */
	static List<String> fields(Class<?> type) {
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.filter((property) -> property.getWriteMethod() != null)
			.map(PropertyDescriptor::getName)
			.toList();
	}

	/**
	 * One address and method of a handler.
	 *
	 * @param conditions the parameters the mapping requires, with their values
	 * @param inputs the names of the request parameters and form fields the handler reads
	 */
	record Endpoint(HttpMethod method, String pattern, Map<String, String> conditions, Set<String> inputs,
			HandlerMethod handler) {

		/** The name of the model attribute in which the handler takes a form object, if it takes one. */
		Optional<String> formObject() {
			return Arrays.stream(this.handler.getMethodParameters())
				.filter(Endpoints::isForm)
				.map(Endpoints::attributeName)
				.findFirst();
		}

		/** Whether the handler takes every parameter in a map, so that their names are not declared. */
		boolean takesAnyParameter() {
			return Arrays.stream(this.handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestParam.class)
						&& Map.class.isAssignableFrom(parameter.getParameterType()));
		}

		List<String> pathVariables() {
			List<String> variables = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(this.pattern);
			while (matcher.find()) {
				variables.add(matcher.group(1));
			}
			return variables;
		}

		/** The pattern with {@code {name}} for every variable, as URI templates want it. */
		String template() {
			return VARIABLE.matcher(this.pattern).replaceAll("{$1}");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern + (this.conditions.isEmpty() ? "" : " " + this.conditions.keySet());
		}

	}

}
