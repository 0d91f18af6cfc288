package org.clinicportal.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.clinicportal.form.FormItem.Coding;

/**
 * Reads a FHIR R4 Questionnaire into a {@link FormDefinition} and checks what the clinic relies
 * on: known item types, unique linkIds, options for choices, conditions on earlier questions, and
 * for a scored form, weights on every option and bands that cover every possible total.
 */
final class FormDefinitionReader {

	static final String SCORING = "https://clinicportal.org/fhir/StructureDefinition/scoring";

	private static final Set<String> WEIGHTS = Set.of("http://hl7.org/fhir/StructureDefinition/ordinalValue",
			"http://hl7.org/fhir/StructureDefinition/itemWeight");

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param key the file's name without {@code .json}, which must be the Questionnaire's id
	 * @throws InvalidFormDefinitionException naming the problem
	 */
	FormDefinition read(String key, InputStream in) throws IOException {
		JsonNode root;
		try {
			root = this.json.readTree(in);
		}
		catch (JacksonException ex) {
			throw new InvalidFormDefinitionException("is not valid JSON: " + ex.getOriginalMessage());
		}
		check("Questionnaire".equals(text(root, "resourceType")), "resourceType must be Questionnaire");
		check(key.equals(text(root, "id")), "id must be the file name, " + key);
		String url = required(root, "url");
		String version = required(root, "version");
		String title = required(root, "title");
		check(root.path("item").isArray() && !root.path("item").isEmpty(), "has no items");
		List<FormItem> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (JsonNode node : root.path("item")) {
			FormItem item = item(node, seen);
			seen.add(item.linkId());
			items.add(item);
		}
		var definition = new FormDefinition(key, url, version, title, text(root, "description"), items,
				ScoringReader.read(root), translations(root, "title"), translations(root, "description"));
		ScoringReader.check(definition);
		return definition;
	}

	private FormItem item(JsonNode node, Set<String> earlier) {
		String linkId = required(node, "linkId");
		check(!earlier.contains(linkId), "linkId " + linkId + " is used twice");
		String where = "item " + linkId + ": ";
		String typeCode = required(node, "type");
		ItemType type = ItemType.fromCode(typeCode)
			.orElseThrow(() -> new InvalidFormDefinitionException(where + "unknown type " + typeCode));
		check(node.path("item").isMissingNode(), where + "nested items are not supported");
		List<AnswerOption> options = new ArrayList<>();
		for (JsonNode option : node.path("answerOption")) {
			options.add(option(option, where));
		}
		boolean choice = type == ItemType.CHOICE || type == ItemType.OPEN_CHOICE;
		check(!choice || !options.isEmpty(), where + "a choice needs answerOption");
		check(choice || options.isEmpty(), where + "only a choice has answerOption");
		List<EnableWhen> conditions = new ArrayList<>();
		for (JsonNode condition : node.path("enableWhen")) {
			conditions.add(enableWhen(condition, earlier, where));
		}
		String behavior = text(node, "enableBehavior");
		check(behavior == null || behavior.equals("all") || behavior.equals("any"),
				where + "enableBehavior must be all or any");
		Integer maxLength = node.has("maxLength") ? node.path("maxLength").asInt() : null;
		check(maxLength == null || maxLength > 0, where + "maxLength must be positive");
		return new FormItem(linkId, required(node, "text"), type, code(node.path("code").path(0)),
				node.path("required").asBoolean(false), node.path("readOnly").asBoolean(false), maxLength, options,
				conditions, "any".equals(behavior), translations(node, "text"));
	}

	private static AnswerOption option(JsonNode option, String where) {
		Integer score = weight(option);
		if (score == null) {
			score = weight(option.path("valueCoding"));
		}
		if (option.has("valueCoding")) {
			JsonNode coding = option.path("valueCoding");
			String code = required(coding, "code");
			return new AnswerOption(code, text(coding, "system"),
					(text(coding, "display") != null) ? text(coding, "display") : code, score,
					translations(coding, "display"));
		}
		String value = text(option, "valueString");
		check(value != null, where + "an answerOption needs valueCoding or valueString");
		return new AnswerOption(value, null, value, score, translations(option, "valueString"));
	}

	/**
	 * The translations of a text, from FHIR's translation extension on the text's primitive
	 * extension element ({@code _text}, {@code _display}, ...): one per language, each with content.
	 */
	private static Translations translations(JsonNode node, String field) {
		Map<String, String> byLanguage = new HashMap<>();
		for (JsonNode extension : node.path("_" + field).path("extension")) {
			if (!Translations.EXTENSION.equals(text(extension, "url"))) {
				continue;
			}
			String language = null;
			String content = null;
			for (JsonNode part : extension.path("extension")) {
				if ("lang".equals(text(part, "url"))) {
					language = text(part, "valueCode");
				}
				else if ("content".equals(text(part, "url"))) {
					content = (text(part, "valueString") != null) ? text(part, "valueString")
							: text(part, "valueMarkdown");
				}
			}
			check(language != null && content != null && !content.isBlank(),
					"a translation of " + field + " needs lang and content");
			check(byLanguage.put(Locale.forLanguageTag(language).getLanguage(), content) == null,
					"two translations of " + field + " into " + language);
		}
		return byLanguage.isEmpty() ? Translations.NONE : new Translations(byLanguage);
	}

	private static Integer weight(JsonNode node) {
		for (JsonNode extension : node.path("extension")) {
			if (WEIGHTS.contains(text(extension, "url"))) {
				JsonNode value = extension.has("valueDecimal") ? extension.path("valueDecimal")
						: extension.path("valueInteger");
				check(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0,
						"an ordinal value must be a whole number");
				return value.asInt();
			}
		}
		return null;
	}

	private static EnableWhen enableWhen(JsonNode condition, Set<String> earlier, String where) {
		String question = required(condition, "question");
		check(earlier.contains(question), where + "enableWhen refers to " + question
				+ ", which is not an earlier item");
		String operator = required(condition, "operator");
		check(EnableWhen.OPERATORS.contains(operator), where + "unknown enableWhen operator " + operator);
		String value = null;
		for (var property : condition.properties()) {
			if (property.getKey().startsWith("answer")) {
				JsonNode answer = property.getValue();
				value = answer.isObject() ? text(answer, "code") : answer.asString();
			}
		}
		check(value != null, where + "enableWhen needs an answer value");
		return new EnableWhen(question, operator, value);
	}

	private static Coding code(JsonNode node) {
		return node.isObject() ? new Coding(text(node, "system"), text(node, "code"), text(node, "display")) : null;
	}

	private static String required(JsonNode node, String field) {
		String value = text(node, field);
		check(value != null && !value.isBlank(), "missing " + field
				+ (node.has("linkId") ? " in item " + text(node, "linkId") : ""));
		return value;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() ? value.asString() : null;
	}

	static void check(boolean condition, String problem) {
		if (!condition) {
			throw new InvalidFormDefinitionException(problem);
		}
	}

	/** A problem in a form definition; the catalogue adds the file's name. */
	static final class InvalidFormDefinitionException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		InvalidFormDefinitionException(String problem) {
			super(problem);
		}

	}

}
