package org.clinicportal.patient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The patients whose name, MRN or date of birth match what staff typed, read as the patient list's
 * search reads it ({@link PatientSearch}), for other modules' searches: only ids, only the first few.
 * A name or MRN search is a union of one index range per column (a condition with OR between columns
 * reads no index on H2, and on PostgreSQL walked the list's order through a third of a million patients).
 */
@Service
public class PatientMatches {

	// each match with the columns of the patient list's order
	private static final String ONE_TERM = """
			SELECT id, last_name, first_name FROM patient WHERE last_name_fold LIKE :name ESCAPE '\\'
			UNION SELECT id, last_name, first_name FROM patient WHERE first_name_fold LIKE :name ESCAPE '\\'
			UNION SELECT id, last_name, first_name FROM patient WHERE preferred_name_fold LIKE :name ESCAPE '\\'
			UNION SELECT id, last_name, first_name FROM patient WHERE mrn LIKE :mrn ESCAPE '\\'
			""";

	private static final String TWO_TERMS = """
			SELECT id, last_name, first_name FROM patient
			WHERE last_name_fold LIKE :first ESCAPE '\\' AND first_name_fold LIKE :second ESCAPE '\\'
			UNION SELECT id, last_name, first_name FROM patient
			WHERE first_name_fold LIKE :first ESCAPE '\\' AND last_name_fold LIKE :second ESCAPE '\\'
			""";

	/** A prefix pattern of letters and digits only. */
	private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{Nd}]*%");

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
		return names(query, limited(limit)).query(Long.class).list();
	}

	/** How many patients match a name or MRN search. */
	long count(String query) {
		return names(query, (union) -> "SELECT COUNT(*) FROM (" + union + ") m").query(Long.class).single();
	}

	/** The ids of one page of the patients matching a name or MRN search, in the patient list's order. */
	List<Long> page(String query, long offset, int size) {
		return names(query, (union) -> "SELECT id FROM (" + union + ") m ORDER BY last_name, first_name, id OFFSET "
				+ offset + " ROWS FETCH NEXT " + size + " ROWS ONLY")
			.query(Long.class)
			.list();
	}

	/** The matches of one name (or MRN) or of two names in either order, read by the given statement. */
	private StatementSpec names(String query, UnaryOperator<String> statement) {
		String[] terms = query.split("[,\\s]+", 2);
		var patterns = new LinkedHashMap<String, String>();
		String union;
		if (terms.length == 2 && !terms[1].isBlank()) {
			union = TWO_TERMS;
			patterns.put("first", PatientSearch.namePrefix(terms[0]));
			patterns.put("second", PatientSearch.namePrefix(terms[1].strip()));
		}
		else {
			union = ONE_TERM;
			patterns.put("name", PatientSearch.namePrefix(terms[0]));
			patterns.put("mrn", PatientSearch.prefix(terms[0]));
		}
		var bound = new LinkedHashMap<String, Object>();
		for (var pattern : patterns.entrySet()) {
			// H2 reads an index range only for a LIKE whose pattern it sees when it plans the statement
			// (bound, each branch read the whole table): a pattern of letters and digits, which no quote
			// can end, is written into the statement; any other is bound
			if (LITERAL.matcher(pattern.getValue()).matches()) {
				union = union.replace(":" + pattern.getKey() + " ", "'" + pattern.getValue() + "' ");
			}
			else {
				bound.put(pattern.getKey(), pattern.getValue());
			}
		}
		return this.jdbc.sql(statement.apply(union)).params(bound);
	}

	private static UnaryOperator<String> limited(int limit) {
		return (union) -> "SELECT id FROM (" + union + ") m FETCH FIRST " + limit + " ROWS ONLY";
	}

}
