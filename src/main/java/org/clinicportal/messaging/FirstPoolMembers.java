package org.clinicportal.messaging;

import java.util.List;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.staff.StaffRole;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the pools their first members on a new installation (no member and no conversation yet), so
 * that messages can be tried at once: administrators join every pool, clinicians the first (My care
 * team), front-desk staff the others. From then on administrators choose members on Message Pools.
 */
@Component
@Order(30)
class FirstPoolMembers implements ApplicationRunner {

	private static final String UNTOUCHED = "SELECT (SELECT COUNT(*) FROM message_pool_member)"
			+ " + (SELECT COUNT(*) FROM conversation)";

	private final JdbcClient jdbc;

	private final Pools pools;

	private final StaffDirectory staff;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	FirstPoolMembers(JdbcClient jdbc, Pools pools, StaffDirectory staff, AuditTrail audit,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.pools = pools;
		this.staff = staff;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.transactions.executeWithoutResult((status) -> seed());
		}
		catch (DuplicateKeyException ex) {
			// another node starting at the same moment gave them their members
		}
	}

	private void seed() {
		List<Pool> all = this.pools.all();
		if (all.isEmpty() || this.jdbc.sql(UNTOUCHED).query(Long.class).single() > 0) {
			return;
		}
		int added = 0;
		for (StaffMember member : this.staff.all()) {
			for (int i = 0; i < all.size(); i++) {
				boolean joins = member.hasRole(StaffRole.ADMIN)
						|| ((i == 0) ? member.hasRole(StaffRole.CLINICIAN) : member.hasRole(StaffRole.FRONT_DESK));
				if (joins) {
					this.pools.addMember(all.get(i).id(), member.id());
					added++;
				}
			}
		}
		if (added > 0) {
			this.audit.record(AuditTrail.SYSTEM, AuditAction.MESSAGE_POOL_CHANGED, null,
					"first members of the message pools: " + added, null);
		}
	}

}
