package org.clinicportal.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.clinicportal.system.SupportedLanguages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FormCatalogueTests {

	// One item scoring 0 or 3, and the total: bands must cover 0 to 3.
	private static final String SCORED_ITEMS = "[{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"choice\","
			+ " \"answerOption\": [" + option("0", 0) + "," + option("1", 3) + "]}, {\"linkId\": \"t\","
			+ " \"text\": \"Total\", \"type\": \"integer\", \"readOnly\": true}]";

	@TempDir
	Path dir;

	@Test
	void readsEveryFormWeShip() throws IOException {
		var catalogue = new FormCatalogue();
		assertThat(catalogue.all()).extracting(FormDefinition::title)
			.contains("PHQ-9", "GAD-7", "Adult Intake", "Consent to Treatment", "Authorization to Release Information",
					"Telehealth Consent");
		FormDefinition phq9 = catalogue.find("phq-9").orElseThrow();
		assertThat(phq9.canonical()).isEqualTo("https://clinicportal.org/fhir/Questionnaire/phq-9|1.0.0");
		assertThat(phq9.item("phq9-total").orElseThrow().code().code()).isEqualTo("44261-6");
		assertThat(catalogue.find("gad-7").orElseThrow().item("gad7-total").orElseThrow().code().code())
			.isEqualTo("70274-6");
	}

	@Test
	void everyFormWeShipHasEveryTextInEveryLanguage() throws IOException {
		for (FormDefinition form : new FormCatalogue().all()) {
			for (Locale language : SupportedLanguages.ALL) {
				if (language.equals(SupportedLanguages.DEFAULT)) {
					continue;
				}
				String tag = language.getLanguage();
				assertThat(form.titles().byLanguage()).as(form.key() + " title").containsKey(tag);
				assertThat(form.descriptions().byLanguage()).as(form.key() + " description").containsKey(tag);
				for (FormItem item : form.items()) {
					assertThat(item.translations().byLanguage()).as(form.key() + " " + item.linkId()).containsKey(tag);
					for (AnswerOption option : item.options()) {
						assertThat(option.translations().byLanguage())
							.as(form.key() + " " + item.linkId() + " " + option.code())
							.containsKey(tag);
					}
				}
			}
		}
		FormDefinition phq9 = new FormCatalogue().find("phq-9").orElseThrow();
		Locale spanish = Locale.forLanguageTag("es-US");
		assertThat(phq9.item("phq9-1").orElseThrow().text(spanish)).isEqualTo("Poco interés o placer en hacer cosas");
		assertThat(phq9.item("phq9-1").orElseThrow().option("LA6571-9").orElseThrow().display(spanish))
			.isEqualTo("Casi todos los días");
		assertThat(phq9.item("phq9-1").orElseThrow().text(Locale.ENGLISH))
			.isEqualTo("Little interest or pleasure in doing things");
	}

	@Test
	void translationWithoutContentFailsNamingTheText() throws IOException {
		write("f", questionnaire("f", "[{\"linkId\": \"a\", \"text\": \"A\", \"_text\": {\"extension\": [{\"url\": \""
				+ Translations.EXTENSION + "\", \"extension\": [{\"url\": \"lang\", \"valueCode\": \"es\"}]}]},"
				+ " \"type\": \"string\"}]", ""));
		assertThatIllegalStateException().isThrownBy(this::read)
			.withMessageContaining("a translation of text needs lang and content");
	}

	@Test
	void enableWhenAsksTheFollowUpOnlyAfterTheAnswerThatCallsForIt() throws IOException {
		FormDefinition intake = new FormCatalogue().find("adult-intake").orElseThrow();
		assertThat(intake.enabled(Answers.none())).doesNotContain("medication-list");
		assertThat(intake.enabled(answers("medications", "true"))).contains("medication-list");
		assertThat(intake.enabled(answers("medications", "false"))).doesNotContain("medication-list");
		assertThat(intake.keepAsked(answers("medications", "false", "medication-list", "old")).has("medication-list"))
			.isFalse();
	}

	@Test
	void brokenJsonFailsWithTheFileName() throws IOException {
		write("broken", "{ \"resourceType\": ");
		assertThatIllegalStateException().isThrownBy(this::read)
			.withMessageStartingWith("Form definition forms/broken.json: is not valid JSON");
	}

	@Test
	void idOtherThanTheFileNameFails() throws IOException {
		write("intake", questionnaire("other", "[{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"string\"}]", ""));
		assertThatIllegalStateException().isThrownBy(this::read).withMessageContaining("id must be the file name");
	}

	@Test
	void unknownItemTypeFailsNamingTheItem() throws IOException {
		write("f", questionnaire("f", "[{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"colour\"}]", ""));
		assertThatIllegalStateException().isThrownBy(this::read)
			.withMessage("Form definition forms/f.json: item a: unknown type colour");
	}

	@Test
	void choiceWithoutOptionsFails() throws IOException {
		write("f", questionnaire("f", "[{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"choice\"}]", ""));
		assertThatIllegalStateException().isThrownBy(this::read).withMessageContaining("a choice needs answerOption");
	}

	@Test
	void duplicateLinkIdFails() throws IOException {
		write("f", questionnaire("f", "[{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"string\"},"
				+ "{\"linkId\": \"a\", \"text\": \"B\", \"type\": \"string\"}]", ""));
		assertThatIllegalStateException().isThrownBy(this::read).withMessageContaining("linkId a is used twice");
	}

	@Test
	void enableWhenOnAnUnknownQuestionFails() throws IOException {
		write("f", questionnaire("f", "[{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"string\", \"enableWhen\":"
				+ " [{\"question\": \"z\", \"operator\": \"exists\", \"answerBoolean\": true}]}]", ""));
		assertThatIllegalStateException().isThrownBy(this::read)
			.withMessageContaining("item a: enableWhen refers to z, which is not an earlier item");
	}

	@Test
	void bandsThatLeaveAGapFail() throws IOException {
		write("f", questionnaire("f", SCORED_ITEMS, scoring(band(0, 1, "Low"), band(3, 3, "High"))));
		assertThatIllegalStateException().isThrownBy(this::read)
			.withMessageContaining("severity band High must start at 2");
	}

	@Test
	void bandsThatStopShortOfTheHighestTotalFail() throws IOException {
		write("f", questionnaire("f", SCORED_ITEMS, scoring(band(0, 2, "Low"))));
		assertThatIllegalStateException().isThrownBy(this::read)
			.withMessageContaining("severity bands end at 2 but the highest total is 3");
	}

	private static Answers answers(String... pairs) {
		var values = new java.util.HashMap<String, String>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(pairs[i], pairs[i + 1]);
		}
		return new Answers(values);
	}

	private static String option(String code, int score) {
		return "{\"extension\": [{\"url\": \"http://hl7.org/fhir/StructureDefinition/ordinalValue\", \"valueDecimal\": "
				+ score + "}], \"valueCoding\": {\"code\": \"" + code + "\"}}";
	}

	// Our scoring extension with the total in item t and these parts.
	private static String scoring(String... parts) {
		return ", \"extension\": [{\"url\": \"" + FormDefinitionReader.SCORING + "\", \"extension\": ["
				+ "{\"url\": \"total\", \"valueString\": \"t\"}, " + String.join(", ", parts) + "]}]";
	}

	private static String band(int low, int high, String label) {
		return "{\"url\": \"band\", \"extension\": [{\"url\": \"low\", \"valueInteger\": " + low
				+ "}, {\"url\": \"high\", \"valueInteger\": " + high + "}, {\"url\": \"label\", \"valueString\": \""
				+ label + "\"}]}";
	}

	private static String questionnaire(String id, String items, String extra) {
		return "{\"resourceType\": \"Questionnaire\", \"id\": \"" + id + "\", \"url\": \"https://example.org/" + id
				+ "\", \"version\": \"1\", \"title\": \"T\", \"status\": \"active\", \"item\": " + items + extra + "}";
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.dir.resolve(name + ".json"), content);
	}

	private FormCatalogue read() throws IOException {
		return new FormCatalogue("file:" + this.dir.toAbsolutePath() + "/*.json");
	}

}
