package org.clinicportal.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clinicportal.system.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff inbox's queries, one pool at a time. Each list is read in the order of an index
 * (V19), so that a page reads about as many rows as it shows, however many conversations there are.
 */
@Component
class InboxQueries {

	private static final String FROM = "SELECT " + ConversationQueries.COLUMNS + " FROM conversation c";

	private static final String PAGE = " LIMIT :limit OFFSET :offset";

	private static final String BY_STATE = FROM + " WHERE c.pool_id = :pool AND c.state = :state"
			+ ConversationQueries.NEWEST_FIRST + PAGE;

	private static final String OVERDUE = FROM
			+ " WHERE c.pool_id = :pool AND c.state = 'WAITING_CLINIC' AND c.waiting_since < :cutoff"
			+ " ORDER BY c.waiting_since, c.id" + PAGE;

	// each open state on its own is a range of the index in the page's order: read the newest of each
	// up to the page's end, and only those are sorted together
	private static final String MINE_IN = FROM + " WHERE c.assigned_to = :staff AND c.pool_id = :pool AND c.state = '";

	private static final String MINE = "SELECT * FROM ((" + MINE_IN + "WAITING_CLINIC'" + ConversationQueries.NEWEST_FIRST
			+ " LIMIT :end) UNION ALL (" + MINE_IN + "WAITING_PATIENT'" + ConversationQueries.NEWEST_FIRST
			+ " LIMIT :end)) c" + ConversationQueries.NEWEST_FIRST + PAGE;

	private static final String OF_PATIENTS = FROM + " WHERE c.patient_id IN (:patients) AND c.pool_id = :pool"
			+ ConversationQueries.NEWEST_FIRST + PAGE;

	private final JdbcClient jdbc;

	InboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of one of the pool's lists. */
	Paging.Rows<Conversation> page(long poolId, InboxFilter filter, long staffId, Instant overdueCutoff,
			Paging paging) {
		var query = switch (filter) {
			case OVERDUE -> this.jdbc.sql(OVERDUE).param("cutoff", OffsetDateTime.ofInstant(overdueCutoff, ZoneOffset.UTC));
			case MINE -> this.jdbc.sql(MINE).param("staff", staffId).param("end", paging.offset() + paging.limit());
			default -> this.jdbc.sql(BY_STATE).param("state", filter.name());
		};
		return paging.rows(query.param("pool", poolId)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(ConversationQueries::conversation)
			.list());
	}

	/** A page of the pool's conversations with these patients, newest first. */
	Paging.Rows<Conversation> ofPatients(long poolId, Collection<Long> patientIds, Paging paging) {
		if (patientIds.isEmpty()) {
			return paging.rows(List.of());
		}
		return paging.rows(this.jdbc.sql(OF_PATIENTS)
			.param("patients", patientIds)
			.param("pool", poolId)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(ConversationQueries::conversation)
			.list());
	}

	/**
	 * A page of the pool's conversations whose subject has every one of the words, newest started
	 * first. The longest word leads: it is likely the rarest, and its conversations are read from the
	 * word index in the page's order; the others are looked up for those only.
	 */
	Paging.Rows<Conversation> withWords(long poolId, List<String> words, Paging paging) {
		if (words.isEmpty()) {
			return paging.rows(List.of());
		}
		List<String> ordered = new ArrayList<>(words);
		ordered.sort((a, b) -> b.length() - a.length());
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("pool", poolId);
		params.put("w0", ordered.get(0));
		StringBuilder sql = new StringBuilder("SELECT " + ConversationQueries.COLUMNS
				+ " FROM conversation_word w JOIN conversation c ON c.id = w.conversation_id"
				+ " WHERE w.word = :w0 AND w.pool_id = :pool");
		for (int i = 1; i < ordered.size(); i++) {
			params.put("w" + i, ordered.get(i));
			sql.append(" AND EXISTS (SELECT 1 FROM conversation_word o WHERE o.word = :w").append(i)
				.append(" AND o.pool_id = :pool AND o.conversation_id = w.conversation_id)");
		}
		sql.append(" ORDER BY w.conversation_id DESC").append(PAGE);
		params.put("limit", paging.limit());
		params.put("offset", paging.offset());
		return paging.rows(this.jdbc.sql(sql.toString()).params(params).query(ConversationQueries::conversation).list());
	}

}
