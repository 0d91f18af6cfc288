package org.clinicportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The PostgreSQL server that tests use when it is reachable: {@code CLINIC_TEST_POSTGRES_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test}), user {@code CLINIC_TEST_POSTGRES_USER}
 * (default {@code postgres}). Each test class works in a schema of its own and drops it afterwards.
 */
public final class PostgresTestDatabase {

	public static final String URL = env("CLINIC_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	public static final String USER = env("CLINIC_TEST_POSTGRES_USER", "postgres");

	public static final String PASSWORD = env("CLINIC_TEST_POSTGRES_PASSWORD", "");

	private static Boolean reachable;

	private PostgresTestDatabase() {
	}

	/** Whether a connection can be opened, asked once per test run. */
	public static synchronized boolean isReachable() {
		if (reachable == null) {
			DriverManager.setLoginTimeout(3);
			try (Connection ignored = connect()) {
				reachable = true;
			}
			catch (SQLException ex) {
				reachable = false;
			}
		}
		return reachable;
	}

	/** Creates an empty schema with a unique name and returns that name. */
	public static String createSchema() {
		String schema = "cp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE SCHEMA " + schema);
		return schema;
	}

	/** Drops a schema made by {@link #createSchema()} and everything in it. */
	public static void dropSchema(String schema) {
		execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
	}

	/** The JDBC address whose default schema is the given one. */
	public static String url(String schema) {
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static void execute(String sql) {
		try (Connection connection = connect(); var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL: " + sql, ex);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, USER, PASSWORD);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
