package org.clinicportal.form;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about a patient's forms without reading the form module's tables:
 * whether a form was recently completed or asked for, and the latest totals of scored measures.
 */
@Service
@Transactional(readOnly = true)
public class FormHistory {

	// Completed since then, or requested since then and still open (neither submitted nor cancelled).
	private static final String RECENT = """
			SELECT DISTINCT r.form_key FROM form_request r
			LEFT JOIN form_response s ON s.request_id = r.id
			WHERE r.patient_id = :patientId AND r.form_key IN (:keys)
			  AND ((s.status = 'SUBMITTED' AND s.submitted_at >= :since)
			    OR (r.cancelled_at IS NULL AND r.requested_at >= :since AND (s.id IS NULL OR s.status = 'DRAFT')))
			""";

	private static final String LATEST_TOTALS = """
			SELECT patient_id, form_key, form_title, total_score, band FROM (
			  SELECT s.patient_id, r.form_key, r.form_title, s.total_score, s.band,
			         ROW_NUMBER() OVER (PARTITION BY s.patient_id, r.form_key ORDER BY s.submitted_at DESC, s.id DESC) AS n
			  FROM form_response s JOIN form_request r ON r.id = s.request_id
			  WHERE s.patient_id IN (:ids) AND r.form_key IN (:keys) AND s.status = 'SUBMITTED'
			    AND s.total_score IS NOT NULL
			) latest WHERE n <= 2 ORDER BY patient_id, form_key, n
			""";

	private final JdbcClient jdbc;

	FormHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The forms among these that the patient completed since the given time, or that were requested
	 * since then and still wait to be completed.
	 */
	public Set<String> completedOrRequestedSince(long patientId, Collection<String> formKeys, Instant since) {
		if (formKeys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql(RECENT)
			.param("patientId", patientId)
			.param("keys", formKeys)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query(String.class)
			.list());
	}

	/** Each patient's latest total of each of these scored forms, with the one before it; by patient. */
	public Map<Long, List<LatestScore>> latestScores(Collection<Long> patientIds, Collection<String> formKeys) {
		Map<Long, List<LatestScore>> scores = new LinkedHashMap<>();
		if (patientIds.isEmpty() || formKeys.isEmpty()) {
			return scores;
		}
		this.jdbc.sql(LATEST_TOTALS).param("ids", patientIds).param("keys", formKeys).query((rs) -> {
			List<LatestScore> patient = scores.computeIfAbsent(rs.getLong("patient_id"), (id) -> new ArrayList<>());
			String key = rs.getString("form_key");
			int total = rs.getInt("total_score");
			int last = patient.size() - 1;
			if (last >= 0 && patient.get(last).formKey().equals(key)) {
				patient.set(last, patient.get(last).after(total));
			}
			else {
				patient.add(new LatestScore(key, rs.getString("form_title"), total, rs.getString("band"), null));
			}
		});
		return scores;
	}

	/**
	 * A scored measure's latest total.
	 *
	 * @param formKey the form, such as {@code phq-9}
	 * @param title its name, such as "PHQ-9"
	 * @param total the latest total
	 * @param band its severity band
	 * @param previous the total before it, or {@code null} when it is the first
	 */
	public record LatestScore(String formKey, String title, int total, String band, Integer previous) {

		LatestScore after(int earlier) {
			return new LatestScore(this.formKey, this.title, this.total, this.band, earlier);
		}

		/** The trend since the previous total: 1 up, -1 down, 0 the same or no previous one. */
		public int trend() {
			return (this.previous == null) ? 0 : Integer.signum(this.total - this.previous);
		}

	}

}
