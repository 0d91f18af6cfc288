package org.clinicportal.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one rule by which a newly declared portal section reaches existing accounts: on the first
 * start that knows it, a section that new Self grants start with is added to every existing Self
 * grant, and to no representative's grant (staff tick it for a representative where it fits). Done
 * once per database, by whichever node claims the section first, and audited with the number of
 * grants it reached.
 */
@Component
@Order(5)
class SectionRollout implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SectionRollout.class);

	private static final String CLAIM = "INSERT INTO portal_section (section_key, introduced_at) VALUES (:key, :now)";

	private static final String INTRODUCED = "SELECT COUNT(*) FROM portal_section WHERE section_key = :key";

	private static final String GRANT_TO_SELF = """
			INSERT INTO access_grant_permission (access_grant_id, permission)
			SELECT g.id, :key FROM access_grant g
			WHERE g.access_type = 'SELF' AND NOT EXISTS (
			    SELECT 1 FROM access_grant_permission p WHERE p.access_grant_id = g.id AND p.permission = :key)
			""";

	private final PortalSections sections;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	SectionRollout(PortalSections sections, JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit,
			Clock clock) {
		this.sections = sections;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (PortalSection section : this.sections.all()) {
			if (this.jdbc.sql(INTRODUCED).param("key", section.key()).query(Integer.class).single() == 0) {
				introduce(section);
			}
		}
	}

	/** Claims the section and rolls it out in one transaction; a node that loses the claim does nothing. */
	void introduce(PortalSection section) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql(CLAIM)
					.param("key", section.key())
					.param("now", OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC))
					.update();
				int reached = section.selfDefault() ? this.jdbc.sql(GRANT_TO_SELF).param("key", section.key()).update()
						: 0;
				this.audit.recordCoded(AuditAction.PORTAL_SECTION_INTRODUCED, null,
						AuditDetail.of("audit.detail.sectionAdded", section.key(), reached));
				log.info("Portal section {} introduced: added to {} Self grants", section.key(), reached);
			});
		}
		catch (DuplicateKeyException ex) {
			// another node introduced it at the same moment
		}
	}

}
