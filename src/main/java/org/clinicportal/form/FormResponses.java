package org.clinicportal.form;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers to requested forms: drafts saved from the portal, submissions that never change
 * afterwards, and the clinician's review. Every step is recorded in the audit trail.
 */
@Service
@Transactional
public class FormResponses {

	static final String DRAFT = "DRAFT";

	static final String SUBMITTED = "SUBMITTED";

	private static final String INSERT_DRAFT = """
			INSERT INTO form_response (request_id, patient_id, questionnaire, answers, status, saved_by, saved_at, flagged)
			VALUES (:requestId, :patientId, :questionnaire, :answers, 'DRAFT', :actor, :at, FALSE)
			""";

	private static final String UPDATE_DRAFT = """
			UPDATE form_response SET questionnaire = :questionnaire, answers = :answers, saved_by = :actor, saved_at = :at
			WHERE request_id = :requestId AND status = 'DRAFT'
			""";

	// Only a draft becomes a submission; afterwards no statement here changes the answers.
	private static final String SUBMIT = """
			UPDATE form_response SET status = 'SUBMITTED', submitted_by = :actor, submitted_by_name = :name,
			       submitted_as = :as, submitted_at = :at, total_score = :total, band = :band, flags = :flags,
			       flagged = :flagged, language = :language, patient_only = :patientOnly
			WHERE request_id = :requestId AND status = 'DRAFT'
			  AND NOT EXISTS (SELECT 1 FROM form_request r WHERE r.id = :requestId AND r.cancelled_at IS NOT NULL)
			""";

	private static final String REVIEW = """
			UPDATE form_response SET reviewed_by = :by, reviewed_at = :at
			WHERE id = :id AND status = 'SUBMITTED' AND reviewed_at IS NULL
			""";

	private final JdbcClient jdbc;

	private final FormQueries queries;

	private final FormCatalogue catalogue;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	FormResponses(JdbcClient jdbc, FormQueries queries, FormCatalogue catalogue, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	/** The request's form with the answers saved so far (none when not started). */
	@Transactional(readOnly = true)
	public FilledForm filled(RequestedForm request) {
		FormDefinition form = this.catalogue.find(request.formKey())
			.orElseThrow(() -> new FormUnavailableException(request.formKey()));
		Answers answers = this.jdbc.sql("SELECT answers FROM form_response WHERE request_id = :id")
			.param("id", request.id())
			.query(String.class)
			.optional()
			.map(this::read)
			.orElse(Answers.none());
		return new FilledForm(request, form, answers);
	}

	/** Records that the respondent opened the form in the portal. */
	public void opened(RequestedForm request, Respondent respondent) {
		this.audit.record(respondent.actor(), AuditAction.FORM_VIEWED, request.patientId(), request.title(),
				AuditTrail.currentRemoteAddress());
	}

	/**
	 * Saves the answers of an open request as its draft, keeping only the questions asked.
	 * @return the problems with the answers by linkId (nothing is saved then); empty when saved
	 * @throws FormClosedException when the request is no longer open
	 */
	public Map<String, String> saveDraft(RequestedForm request, Answers given, Respondent respondent) {
		FormDefinition form = filled(request).form();
		Answers answers = form.keepAsked(given);
		Map<String, String> problems = AnswerRules.problems(form, answers, false);
		if (!problems.isEmpty()) {
			return problems;
		}
		checkOpen(request);
		var params = new HashMap<String, Object>(Map.of("requestId", request.id(), "questionnaire", form.canonical(),
				"answers", write(answers), "actor", respondent.actor(), "at", now()));
		// Two people acting for the patient may start the same form: the later draft wins.
		if (this.jdbc.sql(UPDATE_DRAFT).params(params).update() == 0) {
			if (request.response() != null) {
				throw new FormClosedException();
			}
			params.put("patientId", request.patientId());
			this.jdbc.sql(INSERT_DRAFT).params(params).update();
		}
		this.audit.record(respondent.actor(), AuditAction.FORM_DRAFT_SAVED, request.patientId(), request.title(),
				AuditTrail.currentRemoteAddress());
		return Map.of();
	}

	/** What is missing or wrong before the saved answers can be submitted; empty when ready. */
	@Transactional(readOnly = true)
	public Map<String, String> problemsBeforeSubmit(RequestedForm request) {
		FilledForm filled = filled(request);
		return AnswerRules.problems(filled.form(), filled.answers(), true);
	}

	/**
	 * Submits the saved draft: scores it, and from then on it never changes.
	 * @return the problems that prevent it; empty when submitted
	 * @throws FormClosedException when it was submitted or cancelled meanwhile
	 */
	public Map<String, String> submit(RequestedForm request, Respondent respondent) {
		checkOpen(request);
		FilledForm filled = filled(request);
		Map<String, String> problems = AnswerRules.problems(filled.form(), filled.answers(), true);
		if (!problems.isEmpty()) {
			return problems;
		}
		Optional<Score> score = filled.score();
		int updated = this.jdbc.sql(SUBMIT)
			.param("actor", respondent.actor())
			.param("name", respondent.name())
			.param("as", respondent.representative() ? "AUTHORIZED_REP" : "SELF")
			.param("at", now())
			.param("total", score.map(Score::total).orElse(null))
			.param("band", score.map(Score::band).orElse(null))
			.param("flags", score.filter(Score::flagged).map((s) -> String.join("; ", s.flags())).orElse(null))
			.param("flagged", score.map(Score::flagged).orElse(false))
			.param("language", respondent.language())
			.param("patientOnly", respondent.patientOnly())
			.param("requestId", request.id())
			.update();
		if (updated == 0) {
			throw new FormClosedException();
		}
		this.audit.recordCoded(respondent.actor(), AuditAction.FORM_SUBMITTED, request.patientId(),
				AuditDetail.of(respondent.representative() ? "audit.detail.onBehalf" : "audit.detail.form", request.title()),
				AuditTrail.currentRemoteAddress());
		return Map.of();
	}

	/** A submitted response for staff, recorded as viewed. */
	public Optional<FilledForm> submission(long responseId) {
		Optional<FilledForm> filled = this.queries.byResponse(responseId)
			.filter(RequestedForm::completed)
			.map(this::filled);
		filled.ifPresent((f) -> this.audit.recordCoded(AuditAction.FORM_VIEWED, f.request().patientId(),
				AuditDetail.of("audit.detail.formSubmitted", f.request().title(), f.request().response().submittedAt())));
		return filled;
	}

	/** The canonical reference (url|version) of the Questionnaire the response was given to. */
	@Transactional(readOnly = true)
	public String questionnaire(long responseId) {
		return this.jdbc.sql("SELECT questionnaire FROM form_response WHERE id = :id")
			.param("id", responseId)
			.query(String.class)
			.single();
	}

	/**
	 * Marks a submission reviewed by the signed-in clinician; false when it already was.
	 * @throws NotFoundException when there is no such submission
	 */
	public boolean markReviewed(long responseId, String clinician) {
		RequestedForm request = this.queries.byResponse(responseId)
			.filter(RequestedForm::completed)
			.orElseThrow(NotFoundException::new);
		boolean reviewed = this.jdbc.sql(REVIEW).param("by", clinician).param("at", now()).param("id", responseId)
			.update() == 1;
		if (reviewed) {
			this.audit.record(AuditAction.FORM_REVIEWED, request.patientId(), request.title());
		}
		return reviewed;
	}

	private void checkOpen(RequestedForm request) {
		RequestedForm current = this.queries.request(request.id()).orElseThrow(FormClosedException::new);
		if (!current.status().open()) {
			throw new FormClosedException();
		}
	}

	private Answers read(String stored) {
		return new Answers(this.json.readValue(stored, new TypeReference<Map<String, String>>() {
		}));
	}

	private String write(Answers answers) {
		return this.json.writeValueAsString(answers.values());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** The form was submitted or cancelled: it cannot change any more. */
	public static class FormClosedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		FormClosedException() {
			super("The form is no longer open");
		}

	}

}
