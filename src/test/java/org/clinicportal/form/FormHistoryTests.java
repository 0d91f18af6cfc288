package org.clinicportal.form;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.TestPatients;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ClinicPortalTest
class FormHistoryTests {

	@Autowired
	private FormHistory history;

	@Autowired
	private FormRequests requests;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void formsCompletedOrStillOpenSinceATimeCountAsRecentButOlderOrCancelledOnesDoNot() throws Exception {
		long patient = TestPatients.create(this.mvc, this.jdbc, "Omar");
		var forms = new SubmittedForms(this.context);
		long oldPhq9 = forms.phq9(patient, 1, 0);
		this.jdbc.sql("UPDATE form_response SET submitted_at = ? WHERE id = ?")
			.params(java.time.OffsetDateTime.now().minusDays(20), oldPhq9)
			.update();
		long cancelled = this.requests.request(patient, List.of("adult-intake"), null, null).requestIds().get(0);
		this.requests.cancel(patient, cancelled);
		Instant fortnightAgo = Instant.now().minus(Duration.ofDays(14));

		assertThat(this.history.completedOrRequestedSince(patient, List.of("phq-9", "gad-7", "adult-intake"),
				fortnightAgo)).isEmpty();

		forms.gad7(patient, 2);
		this.requests.request(patient, List.of("phq-9"), null, null);
		assertThat(this.history.completedOrRequestedSince(patient, List.of("phq-9", "gad-7", "adult-intake"),
				fortnightAgo)).containsExactlyInAnyOrder("phq-9", "gad-7");
	}

	@Test
	void latestScoresGiveEachMeasuresLastTotalWithTheOneBefore() throws Exception {
		long patient = TestPatients.create(this.mvc, this.jdbc, "Yasmin");
		var forms = new SubmittedForms(this.context);
		forms.phq9(patient, 2, 0);
		forms.phq9(patient, 1, 0);
		forms.gad7(patient, 3);

		var scores = this.history.latestScores(List.of(patient), List.of("phq-9", "gad-7")).get(patient);

		assertThat(scores).extracting(FormHistory.LatestScore::title, FormHistory.LatestScore::total,
				FormHistory.LatestScore::previous, FormHistory.LatestScore::trend)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("GAD-7", 21, null, 0),
					org.assertj.core.groups.Tuple.tuple("PHQ-9", 8, 16, -1));
	}

}
