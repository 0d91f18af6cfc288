package org.clinicportal.system;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Wires the language of each request: {@link LanguageResolver}, and {@code ?lang=es} links to choose it. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	/** The parameter of the English / Español links. */
	static final String PARAMETER = "lang";

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(List<AccountLanguages> accounts) {
		return new LanguageResolver(accounts);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageLinks());
	}

	/**
	 * Follows a language link: a GET with {@code lang} in its address. Only there, so that a post is
	 * never read for it (a post too large to read must still get its error page); an unknown
	 * language changes nothing.
	 */
	static final class LanguageLinks implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getDispatcherType() == DispatcherType.REQUEST && HttpMethod.GET.matches(request.getMethod())) {
				LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
				String language = request.getParameter(PARAMETER);
				if (resolver != null && language != null) {
					SupportedLanguages.of(language).ifPresent((chosen) -> resolver.setLocale(request, response, chosen));
				}
			}
			return true;
		}

	}

}
