package org.clinicportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs the annotated tests only when PostgreSQL is reachable, and says so when it is not. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

	/** Skips with a clear message when no PostgreSQL answers. */
	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (PostgresTestDatabase.isReachable()) {
				return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresTestDatabase.URL);
			}
			String reason = "PostgreSQL is not reachable at " + PostgresTestDatabase.URL
					+ ": skipping the PostgreSQL tests (set CLINIC_TEST_POSTGRES_URL to point at one)";
			System.out.println("[SKIPPED] " + context.getDisplayName() + ": " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
