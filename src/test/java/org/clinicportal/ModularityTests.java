package org.clinicportal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; their diagrams are written to docs/modules. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ClinicPortalApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDiagramsIntoTheDocs() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
