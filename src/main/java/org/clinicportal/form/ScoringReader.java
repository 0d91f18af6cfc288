package org.clinicportal.form;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.clinicportal.form.FormDefinitionReader.InvalidFormDefinitionException;

/** Reads and checks a form definition's scoring extension ({@link FormDefinitionReader#SCORING}). */
final class ScoringReader {

	private ScoringReader() {
	}

	/** The form's scoring extension: its total item, severity bands and flags; null for an unscored form. */
	static Scoring read(JsonNode root) {
		for (JsonNode extension : root.path("extension")) {
			if (!FormDefinitionReader.SCORING.equals(FormDefinitionReader.text(extension, "url"))) {
				continue;
			}
			String total = null;
			List<Scoring.Band> bands = new ArrayList<>();
			List<Scoring.Flag> flags = new ArrayList<>();
			for (JsonNode part : extension.path("extension")) {
				switch (String.valueOf(FormDefinitionReader.text(part, "url"))) {
					case "total" -> total = FormDefinitionReader.text(part, "valueString");
					case "band" -> bands.add(new Scoring.Band(integer(part, "low"), integer(part, "high"),
							string(part, "label")));
					case "flag" -> flags.add(new Scoring.Flag(string(part, "item"), integer(part, "atLeast"),
							string(part, "label")));
					default -> throw new InvalidFormDefinitionException(
							"unknown part of the scoring extension: " + FormDefinitionReader.text(part, "url"));
				}
			}
			FormDefinitionReader.check(total != null, "the scoring extension needs a total item");
			return new Scoring(total, bands, flags);
		}
		return null;
	}

	/** Checks the scoring against the form's items: a read-only integer total, bands covering every total, flags on scored items. */
	static void check(FormDefinition definition) {
		Scoring scoring = definition.scoring();
		if (scoring == null) {
			return;
		}
		FormItem total = definition.item(scoring.totalItem())
			.orElseThrow(() -> new InvalidFormDefinitionException(
					"the total item " + scoring.totalItem() + " does not exist"));
		FormDefinitionReader.check(total.readOnly() && total.type() == ItemType.INTEGER, "the total item must be a read-only integer");
		for (FormItem item : definition.items()) {
			boolean weighted = item.options().stream().anyMatch((o) -> o.score() != null);
			FormDefinitionReader.check(!weighted || item.options().stream().allMatch((o) -> o.score() != null),
					"item " + item.linkId() + ": every option of a scored item needs an ordinal value");
		}
		FormDefinitionReader.check(!scoring.bands().isEmpty(), "a scored form needs severity bands");
		int next = 0;
		for (Scoring.Band band : scoring.bands()) {
			FormDefinitionReader.check(band.low() == next && band.high() >= band.low(),
					"severity band " + band.label() + " must start at " + next);
			next = band.high() + 1;
		}
		FormDefinitionReader.check(next - 1 == definition.maxTotal(),
				"severity bands end at " + (next - 1) + " but the highest total is " + definition.maxTotal());
		for (Scoring.Flag flag : scoring.flags()) {
			FormDefinitionReader.check(definition.item(flag.item()).filter(FormItem::scored).isPresent(),
					"flag " + flag.label() + " refers to " + flag.item() + ", which is not a scored item");
		}
	}

	private static int integer(JsonNode band, String part) {
		JsonNode value = value(band, part).path("valueInteger");
		FormDefinitionReader.check(value.isIntegralNumber(), "scoring " + part + " must be a valueInteger");
		return value.asInt();
	}

	private static String string(JsonNode band, String part) {
		String value = FormDefinitionReader.text(value(band, part), "valueString");
		FormDefinitionReader.check(value != null, "scoring " + part + " must be a valueString");
		return value;
	}

	private static JsonNode value(JsonNode complex, String part) {
		for (JsonNode extension : complex.path("extension")) {
			if (part.equals(FormDefinitionReader.text(extension, "url"))) {
				return extension;
			}
		}
		throw new InvalidFormDefinitionException("scoring " + FormDefinitionReader.text(complex, "url") + " has no " + part);
	}

}
