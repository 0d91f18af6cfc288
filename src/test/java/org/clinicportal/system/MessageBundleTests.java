package org.clinicportal.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text is in both languages: each bundle has every key in English and Spanish, every key a
 * template names exists, and no template carries text of its own outside a message key.
 */
class MessageBundleTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	// th:text="#{key}", #{key(...)} and the like, in templates; a key computed at run time is not named
	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");

	// inline expressions: [[...]], [(...)], and the text template mode's [# ...] and [/]
	private static final Pattern INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|\\[#[^\\]]*]|\\[/]",
			Pattern.DOTALL);

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label",
			"aria-description", "aria-roledescription");

	@Test
	void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path english : bundles()) {
			String name = english.getFileName().toString().replace(".properties", "");
			for (Locale language : SupportedLanguages.ALL) {
				if (language.equals(SupportedLanguages.DEFAULT)) {
					continue;
				}
				Path translated = MESSAGES.resolve(name + "_" + language.getLanguage() + ".properties");
				assertThat(translated).as("the %s bundle in %s", name, language.getDisplayLanguage()).exists();
				Set<String> there = keys(translated);
				Set<String> here = keys(english);
				here.stream().filter((key) -> !there.contains(key))
					.forEach((key) -> missing.add(translated.getFileName() + " lacks " + key));
				there.stream().filter((key) -> !here.contains(key))
					.forEach((key) -> missing.add(english.getFileName() + " lacks " + key));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyNamedInATemplateExists() throws IOException {
		Set<String> all = new TreeSet<>();
		for (Path english : bundles()) {
			all.addAll(keys(english));
		}
		List<String> unknown = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = KEY_IN_TEMPLATE.matcher(Files.readString(template));
			while (keys.find()) {
				if (!all.contains(keys.group(1))) {
					unknown.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void noTemplateHasTextOutsideAMessageKey() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			String where = TEMPLATES.relativize(template).toString();
			if (where.endsWith(".txt")) {
				String outside = INLINE.matcher(Files.readString(template)).replaceAll("");
				if (LETTER.matcher(outside).find()) {
					literal.add(where + ": " + outside.strip());
				}
				continue;
			}
			try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
				var document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(where, reader);
				for (INode node : document.getChildren()) {
					collect(node, where, literal);
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot parse " + where, ex);
			}
		}
		assertThat(literal).isEmpty();
	}

	/** Text a user would see that no message key replaces. */
	private static void collect(INode node, String where, List<String> literal) {
		if (node instanceof Text text) {
			String outside = INLINE.matcher(text.getContent()).replaceAll("");
			if (LETTER.matcher(outside).find()) {
				literal.add(where + ": \"" + outside.strip() + "\"");
			}
			return;
		}
		if (!(node instanceof Element element)) {
			return; // comments, doctype
		}
		String name = element.getElementName().toLowerCase(Locale.ROOT);
		for (var attribute : element.getAttributeMap().entrySet()) {
			String key = attribute.getKey().toLowerCase(Locale.ROOT);
			String value = (attribute.getValue() != null) ? attribute.getValue() : "";
			if (TEXT_ATTRIBUTES.contains(key) && LETTER.matcher(value).find() && !element.hasAttribute("th:" + key)
					&& !value(element, "th:attr").contains(key + "=")) {
				literal.add(where + ": <" + name + " " + key + "=\"" + value + "\">");
			}
		}
		String remove = value(element, "th:remove");
		String fragment = value(element, "th:replace") + value(element, "th:insert");
		if (name.equals("script") || name.equals("style") || element.hasAttribute("th:text")
				|| element.hasAttribute("th:utext") || element.hasAttribute("th:errors")
				|| element.hasAttribute("sec:authentication") || remove.equals("all") || remove.equals("body")
				|| (!fragment.isEmpty() && !fragment.contains("~{::"))) {
			// its content never reaches the page as written (a fragment from elsewhere takes its place,
			// unless the page passes its own parts to that fragment, as pages do to the layouts)
			return;
		}
		for (INode child : element.getChildren()) {
			collect(child, where, literal);
		}
	}

	private static String value(Element element, String attribute) {
		String value = element.getAttributeValue(attribute);
		return (value != null) ? value.toLowerCase(Locale.ROOT) : "";
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter((file) -> file.getFileName().toString().matches("[a-z]+\\.properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html") || file.toString().endsWith(".txt"))
				.sorted()
				.toList();
		}
	}

	private static Set<String> keys(Path bundle) throws IOException {
		var properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
