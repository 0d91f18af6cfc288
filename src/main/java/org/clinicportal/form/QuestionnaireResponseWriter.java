package org.clinicportal.form;

import java.math.BigDecimal;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.clinicportal.patient.PatientSummary;

/**
 * Writes a submission as a FHIR R4 QuestionnaireResponse that references its Questionnaire by
 * canonical URL and version, for staff to take into other systems.
 */
final class QuestionnaireResponseWriter {

	static final String MRN_SYSTEM = "urn:clinicportal:mrn";

	private final JsonMapper json = JsonMapper.builder().build();

	String write(FilledForm filled, String questionnaire, PatientSummary patient) {
		RequestedForm.ResponseSummary response = filled.request().response();
		ObjectNode root = this.json.createObjectNode();
		root.put("resourceType", "QuestionnaireResponse");
		root.put("id", String.valueOf(response.id()));
		root.put("questionnaire", questionnaire);
		root.put("status", "completed");
		if (response.language() != null) {
			root.put("language", response.language());
		}
		ObjectNode subject = root.putObject("subject");
		subject.putObject("identifier").put("system", MRN_SYSTEM).put("value", patient.mrn());
		subject.put("display", patient.firstName() + " " + patient.lastName());
		root.put("authored", response.submittedAt().toString());
		root.putObject("author")
			.put("display", response.submittedByName() + (response.onBehalf() ? " (authorized representative)" : ""));
		ArrayNode items = root.putArray("item");
		for (FilledForm.Line line : filled.lines()) {
			if (line.answer() == null) {
				continue;
			}
			ObjectNode item = items.addObject().put("linkId", line.item().linkId()).put("text", line.item().text());
			answer(item.putArray("answer").addObject(), line.item(), line.answer());
		}
		filled.score().ifPresent((score) -> {
			FormItem total = filled.form().item(filled.form().scoring().totalItem()).orElseThrow();
			items.addObject()
				.put("linkId", total.linkId())
				.put("text", total.text())
				.putArray("answer")
				.addObject()
				.put("valueInteger", score.total());
		});
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static void answer(ObjectNode answer, FormItem item, String value) {
		switch (item.type()) {
			case BOOLEAN -> answer.put("valueBoolean", Boolean.parseBoolean(value));
			case INTEGER -> answer.put("valueInteger", Long.parseLong(value));
			case DECIMAL -> answer.put("valueDecimal", new BigDecimal(value));
			case DATE -> answer.put("valueDate", value);
			case CHOICE, OPEN_CHOICE -> item.option(value).filter(AnswerOption::coded).ifPresentOrElse((option) -> {
				ObjectNode coding = answer.putObject("valueCoding");
				if (option.system() != null) {
					coding.put("system", option.system());
				}
				coding.put("code", option.code()).put("display", option.display());
			}, () -> answer.put("valueString", value));
			default -> answer.put("valueString", value);
		}
	}

}
