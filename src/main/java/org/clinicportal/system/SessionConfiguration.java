package org.clinicportal.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session store as every request meets it: the JDBC session repository that Spring Boot
 * configures (table, timeout, clean-up) behind a {@link SessionStore}, wrapped the way a proxy wraps
 * a bean, and running its statements in plain JDBC transactions rather than JPA ones.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	private static final String H2_ATTRIBUTE_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	@Bean
	static BeanPostProcessor sessionStorePostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository database) ? new SessionStore<>(database) : bean;
			}

		};
	}

	/** Each request marked out for the store, around Spring Session's own filter. */
	@Bean
	FilterRegistrationBean<SessionStore.RequestScope> sessionStoreRequestScope() {
		var registration = new FilterRegistrationBean<>(new SessionStore.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/**
	 * Two requests of one session that set the same new attribute at once (pages opened together)
	 * would both insert it; the second insert now replaces the first instead of failing the page.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(database)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return (repository) -> repository.setCreateSessionAttributeQuery(H2_ATTRIBUTE_UPSERT);
	}

	/** Session reads and writes touch no entity: a JPA transaction around each would be wasted work. */
	@Bean
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	/** The application's own transactions, which the bean above would otherwise displace. */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

}
