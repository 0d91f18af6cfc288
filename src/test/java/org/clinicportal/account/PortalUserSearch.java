package org.clinicportal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * User Management's search as tests drive it from other packages: the reach keys of accounts a
 * test inserted itself, and paging that always walks accounts with their reach keys (the way a
 * search takes when many patients match), to compare with the pages the app serves.
 */
public final class PortalUserSearch {

	private final PatientReach reach;

	private final PortalUserQueries walking;

	public PortalUserSearch(ApplicationContext context) {
		this.reach = context.getBean(PatientReach.class);
		this.walking = new PortalUserQueries(context.getBean(JdbcClient.class), 1);
	}

	/** Computes the reach keys of accounts whose grants a test inserted with SQL. */
	public void refreshReach(Collection<Long> accountIds) {
		this.reach.refresh(accountIds);
	}

	/** The usernames of every page of the search, in order, walking accounts with their reach keys. */
	public List<String> walkingPages(String q, String status, String sort) {
		var filter = new PortalUserFilter();
		filter.setQ(q);
		filter.setStatus(PortalUserStatus.valueOf(status));
		filter.setSort(PortalUserSort.valueOf(sort));
		var usernames = new ArrayList<String>();
		do {
			PortalUserQueries.Page page = this.walking.page(filter, Instant.now(), 50);
			page.rows().forEach((row) -> usernames.add(row.username()));
			filter.setAfter(page.next());
		}
		while (filter.getAfter() != null);
		return usernames;
	}

}
