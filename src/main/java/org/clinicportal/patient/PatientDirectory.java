package org.clinicportal.patient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Looks patients up for other modules, without exposing the chart itself. Plain SQL: the portal asks
 * on every page for the patients an account reaches.
 */
@Service
public class PatientDirectory {

	private static final String SUMMARIES = """
			SELECT id, mrn, first_name, last_name, preferred_name, date_of_birth, email, preferred_language
			FROM patient WHERE id IN (:ids)
			""";

	private final JdbcClient jdbc;

	PatientDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of the first patients on file, in the order they were added (the demo clinic books them). */
	public List<Long> firstIds(int limit) {
		return this.jdbc.sql("SELECT id FROM patient ORDER BY id FETCH FIRST " + Math.max(limit, 0) + " ROWS ONLY")
			.query(Long.class)
			.list();
	}

	public Optional<PatientSummary> find(long id) {
		return findAll(List.of(id)).stream().findFirst();
	}

	/** The patients with these ids, in the order of the ids; unknown ids are left out. */
	public List<PatientSummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<PatientSummary> found = this.jdbc.sql(SUMMARIES)
			.param("ids", ids)
			.query((rs, n) -> new PatientSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
			.list();
		List<Long> order = List.copyOf(ids);
		return found.stream().sorted(Comparator.comparingInt((p) -> order.indexOf(p.id()))).toList();
	}

}
