package org.clinicportal.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.clinicportal.credential.HashTiming;

/**
 * Helps bench/portal-load.sh: {@code accounts URL USER PASSWORD N} adds N portal accounts
 * ({@code bench-0@example.org} ...) to a running application's database, each with the benchmark
 * password and access to a patient.
 */
public final class PortalLoadSupport {

	private PortalLoadSupport() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 5 && args[0].equals("accounts")) {
			addAccounts(args[1], args[2], args[3], Integer.parseInt(args[4]));
		}
		else {
			System.err.println("usage: accounts URL USER PASSWORD N");
			System.exit(2);
		}
	}

	/**
	 * The demo clinic's patients. The app answers its health check before it has seeded them, so wait
	 * for them (a minute at most).
	 */
	private static List<Long> demoPatients(Connection db) throws SQLException {
		long giveUp = System.nanoTime() + 60_000_000_000L;
		while (true) {
			List<Long> patients = new ArrayList<>();
			try (var rs = db.createStatement().executeQuery("SELECT id FROM patient ORDER BY id")) {
				while (rs.next()) {
					patients.add(rs.getLong(1));
				}
			}
			db.commit();
			if (!patients.isEmpty()) {
				return patients;
			}
			if (System.nanoTime() > giveUp) {
				throw new IllegalStateException("The app seeded no demo patients within a minute");
			}
			LockSupport.parkNanos(500_000_000L);
		}
	}

	static void addAccounts(String url, String user, String password, int count) throws SQLException {
		String hash = HashTiming.encoder().encode(HashTiming.PASSWORD);
		var now = OffsetDateTime.now(ZoneOffset.UTC);
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			db.setAutoCommit(false);
			List<Long> patients = demoPatients(db);
			try (PreparedStatement account = db.prepareStatement("""
					INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled,
					  force_password_change, password_hash, password_changed_at, failed_sign_ins, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, 'Bench', 'Holder', TRUE, FALSE, ?, ?, 0, ?, ?, 0)
					""");
					PreparedStatement grant = db.prepareStatement("""
							INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, granted_by, granted_at)
							VALUES (?, ?, ?, 'AUTHORIZED_REP', 'benchmark', ?)
							""");
					PreparedStatement permission = db.prepareStatement(
							"INSERT INTO access_grant_permission (access_grant_id, permission) VALUES (?, ?)")) {
				for (int i = 0; i < count; i++) {
					long id = 10_000_000L + i;
					String username = "bench-" + i + "@example.org";
					account.setLong(1, id);
					account.setString(2, username);
					account.setString(3, username);
					account.setString(4, username);
					account.setString(5, hash);
					account.setObject(6, now);
					account.setObject(7, now);
					account.setObject(8, now);
					account.addBatch();
					grant.setLong(1, id);
					grant.setLong(2, id);
					grant.setLong(3, patients.get(i % patients.size()));
					grant.setObject(4, now);
					grant.addBatch();
					for (String section : new String[] { "PROFILE", "FORMS" }) {
						permission.setLong(1, id);
						permission.setString(2, section);
						permission.addBatch();
					}
				}
				account.executeBatch();
				grant.executeBatch();
				permission.executeBatch();
			}
			db.commit();
			System.out.println(patients.get(0));
		}
	}

}
