package org.clinicportal.patient;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills in the folded names the patient list searches ({@link PatientSearch#fold}) for patients
 * written without them: those from before names were folded, and any added by plain SQL. Once at
 * start, in batches; until then the name search does not find such patients (their MRN and date of
 * birth do).
 */
@Component
class PatientNameFolds {

	private static final int BATCH = 500;

	private static final String UNFOLDED = "SELECT id, first_name, last_name, preferred_name FROM patient"
			+ " WHERE last_name_fold IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY";

	private static final String FOLD = "UPDATE patient SET first_name_fold = ?, last_name_fold = ?,"
			+ " preferred_name_fold = ? WHERE id = ?";

	private final JdbcClient jdbc;

	PatientNameFolds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillIn() {
		List<Names> unfolded;
		do {
			unfolded = this.jdbc.sql(UNFOLDED)
				.query((rs, n) -> new Names(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.list();
			for (Names names : unfolded) {
				this.jdbc.sql(FOLD)
					.params(PatientSearch.fold(names.first()), PatientSearch.fold(names.last()),
							PatientSearch.fold(names.preferred()), names.id())
					.update();
			}
		}
		while (unfolded.size() == BATCH);
	}

	private record Names(long id, String first, String last, String preferred) {
	}

}
