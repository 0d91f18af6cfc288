package org.clinicportal.system;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

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
		var change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
