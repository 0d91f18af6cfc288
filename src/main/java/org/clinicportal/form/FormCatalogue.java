package org.clinicportal.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clinicportal.form.FormDefinitionReader.InvalidFormDefinitionException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The forms the clinic can request: every {@code forms/*.json} on the class path, read and checked
 * at start-up, so that a broken file stops the application with a message naming it.
 */
@Component
public class FormCatalogue {

	static final String LOCATION = "classpath*:forms/*.json";

	private final List<FormDefinition> forms;

	FormCatalogue() throws IOException {
		this(LOCATION);
	}

	FormCatalogue(String location) throws IOException {
		var reader = new FormDefinitionReader();
		var forms = new ArrayList<FormDefinition>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
			forms.add(read(reader, file));
		}
		forms.sort(Comparator.comparing(FormDefinition::title, String.CASE_INSENSITIVE_ORDER));
		this.forms = List.copyOf(forms);
	}

	private static FormDefinition read(FormDefinitionReader reader, Resource file) throws IOException {
		String name = file.getFilename();
		try (InputStream in = file.getInputStream()) {
			return reader.read(name.substring(0, name.length() - ".json".length()), in);
		}
		catch (InvalidFormDefinitionException ex) {
			throw new IllegalStateException("Form definition forms/" + name + ": " + ex.getMessage(), ex);
		}
	}

	/** Every form, by title. */
	public List<FormDefinition> all() {
		return this.forms;
	}

	public Optional<FormDefinition> find(String key) {
		return this.forms.stream().filter((form) -> form.key().equals(key)).findFirst();
	}

	/** A requested form's title in this language; the title it was requested under when the form is gone. */
	public String title(RequestedForm request, Locale language) {
		return find(request.formKey()).map((form) -> form.title(language)).orElse(request.title());
	}

}
