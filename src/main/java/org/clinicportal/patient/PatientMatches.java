package org.clinicportal.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The patients whose name, MRN or date of birth match what staff typed, read as the patient list's
 * search reads it ({@link PatientSearch}), for other modules' searches: only ids, only the first few.
 */
@Service
public class PatientMatches {

	private static final String ONE_TERM = """
			SELECT id FROM patient WHERE last_name_fold LIKE :name ESCAPE '\\'
			UNION SELECT id FROM patient WHERE first_name_fold LIKE :name ESCAPE '\\'
			UNION SELECT id FROM patient WHERE preferred_name_fold LIKE :name ESCAPE '\\'
			UNION SELECT id FROM patient WHERE mrn LIKE :mrn ESCAPE '\\'
			""";

	private static final String TWO_TERMS = """
			SELECT id FROM patient
			WHERE last_name_fold LIKE :first ESCAPE '\\' AND first_name_fold LIKE :second ESCAPE '\\'
			UNION SELECT id FROM patient
			WHERE first_name_fold LIKE :first ESCAPE '\\' AND last_name_fold LIKE :second ESCAPE '\\'
			""";

	private final JdbcClient jdbc;

	PatientMatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of at most {@code limit} patients matching the text; none for a blank one. */
	public List<Long> ids(String text, int limit) {
		if (!StringUtils.hasText(text)) {
			return List.of();
		}
		String query = text.strip();
		Optional<LocalDate> date = PatientSearch.date(query);
		if (date.isPresent()) {
			return this.jdbc.sql("SELECT id FROM patient WHERE date_of_birth = :date FETCH FIRST " + limit + " ROWS ONLY")
				.param("date", date.get())
				.query(Long.class)
				.list();
		}
		String[] terms = query.split("[,\\s]+", 2);
		var statement = (terms.length == 2 && !terms[1].isBlank())
				? this.jdbc.sql(limited(TWO_TERMS, limit))
					.param("first", PatientSearch.namePrefix(terms[0]))
					.param("second", PatientSearch.namePrefix(terms[1].strip()))
				: this.jdbc.sql(limited(ONE_TERM, limit))
					.param("name", PatientSearch.namePrefix(terms[0]))
					.param("mrn", PatientSearch.prefix(terms[0]));
		return statement.query(Long.class).list();
	}

	private static String limited(String union, int limit) {
		return "SELECT id FROM (" + union + ") m FETCH FIRST " + limit + " ROWS ONLY";
	}

}
