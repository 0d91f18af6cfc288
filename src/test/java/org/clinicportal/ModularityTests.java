package org.clinicportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep to their boundaries; their diagrams are written to docs/modules. A diagram is
 * rewritten only when what it says changed, not when the same lines come out in another order.
 */
class ModularityTests {

	private static final Path DOCS = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(ClinicPortalApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDiagramsIntoTheDocs(@TempDir Path written) throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(written)) {
			for (Path file : files.toList()) {
				Path doc = DOCS.resolve(file.getFileName().toString());
				if (!Files.exists(doc) || !sortedLines(doc).equals(sortedLines(file))) {
					Files.copy(file, doc, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(DOCS.resolve("components.puml")).exists();
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
