package org.clinicportal.system;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicPropertiesTests {

	@Test
	void theSettingsEveryPageModelHoldsIncludeNoSecret() {
		assertThat(Arrays.stream(ClinicProperties.class.getRecordComponents()).map(RecordComponent::getName))
			.contains("name", "address", "phone")
			.noneMatch((name) -> name.toLowerCase().contains("password") || name.toLowerCase().contains("secret"));
	}

}
