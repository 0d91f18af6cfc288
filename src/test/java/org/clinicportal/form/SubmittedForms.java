package org.clinicportal.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests a scored measure and submits it as the patient would, for tests of any module. */
public final class SubmittedForms {

	/** The answers of the PHQ-9 and GAD-7 scoring 0 (not at all) to 3 (nearly every day). */
	static final String[] FREQUENCY = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };

	private final FormRequests requests;

	private final FormResponses responses;

	public SubmittedForms(ApplicationContext context) {
		this.requests = context.getBean(FormRequests.class);
		this.responses = context.getBean(FormResponses.class);
	}

	/** A submitted PHQ-9 whose first eight items score {@code each} and item 9 scores {@code item9}; its response id. */
	public long phq9(long patientId, int each, int item9) {
		Map<String, String> answers = new HashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put("phq9-" + i, FREQUENCY[each]);
		}
		answers.put("phq9-9", FREQUENCY[item9]);
		return submit(patientId, "phq-9", answers);
	}

	/** A submitted GAD-7 whose items all score {@code each}; its response id. */
	public long gad7(long patientId, int each) {
		Map<String, String> answers = new HashMap<>();
		for (int i = 1; i <= 7; i++) {
			answers.put("gad7-" + i, FREQUENCY[each]);
		}
		return submit(patientId, "gad-7", answers);
	}

	private long submit(long patientId, String form, Map<String, String> answers) {
		long id = this.requests.request(patientId, List.of(form), null, null).requestIds().get(0);
		var respondent = new Respondent("portal:tess@example.org", "Tess Tester", false);
		assertThat(this.responses.saveDraft(this.requests.find(patientId, id).orElseThrow(), new Answers(answers),
				respondent)).isEmpty();
		assertThat(this.responses.submit(this.requests.find(patientId, id).orElseThrow(), respondent)).isEmpty();
		return this.requests.find(patientId, id).orElseThrow().response().id();
	}

}
