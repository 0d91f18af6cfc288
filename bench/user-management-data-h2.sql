-- Generates a clinic for bench/user-management.sh (DB=h2), into the embedded database the app
-- already migrated: the same shapes as user-management-data.sql (PostgreSQL), in H2's dialect.
-- The script replaces the ${...} placeholders (sizes, the password hash, next sequence values) before running it.

INSERT INTO patient (id, mrn, first_name, last_name, date_of_birth, sex, email, preferred_language, created_at,
                     updated_at, version)
SELECT g, CAST(2000000 + g AS VARCHAR), f.name, l.name || CASE WHEN MOD(g, 7) = 0 THEN '' ELSE CHAR(97 + MOD(g, 26)) END,
       DATEADD(DAY, MOD(g, 30000), DATE '1940-01-01'), 'UNKNOWN', 'p' || g || '@example.org', 'en',
       DATEADD(DAY, -MOD(g, 1000), CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 0
FROM (SELECT X AS g FROM SYSTEM_RANGE(1, ${patients})) r
JOIN first_names f ON f.n = 1 + MOD(g, 40)
JOIN last_names l ON l.n = 1 + MOD(g / 40, 50);

-- Every patient has a Self account; a quarter signed in, some disabled, locked or due a change.
INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, last_sign_in_at, failed_sign_ins, locked_until,
                            created_at, updated_at, version)
SELECT p.id, p.email, p.email, p.email, p.first_name, p.last_name, MOD(p.id, 50) <> 0, MOD(p.id, 10) = 0,
       '${hash}', CURRENT_TIMESTAMP,
       CASE WHEN MOD(p.id, 4) = 0 THEN DATEADD(MINUTE, -MOD(p.id, 5000), CURRENT_TIMESTAMP) END, 0,
       CASE WHEN MOD(p.id, 1000) = 0 THEN DATEADD(MINUTE, 10, CURRENT_TIMESTAMP) END,
       DATEADD(DAY, -MOD(p.id, 900), CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 0
FROM patient p;

INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, self_patient_id, granted_by, granted_at)
SELECT p.id, p.id, p.id, 'SELF', p.id, 'bench', CURRENT_TIMESTAMP FROM patient p;
INSERT INTO access_grant_permission (access_grant_id, permission)
SELECT g.id, v.perm FROM access_grant g, (VALUES ('PROFILE'), ('FORMS')) v(perm);

-- Representatives: each reaches one patient, the first ones a second.
INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, last_sign_in_at, failed_sign_ins, created_at,
                            updated_at, version)
SELECT ${patients} + r, 'rep' || r || '@example.org', 'rep' || r || '@example.org', 'rep' || r || '@example.org',
       f.name, l.name, TRUE, FALSE, '${hash}', CURRENT_TIMESTAMP,
       CASE WHEN MOD(r, 3) = 0 THEN DATEADD(MINUTE, -MOD(r, 7000), CURRENT_TIMESTAMP) END, 0,
       DATEADD(DAY, -MOD(r, 800), CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 0
FROM (SELECT X AS r FROM SYSTEM_RANGE(1, ${reps})) s
JOIN first_names f ON f.n = 1 + MOD(r * 7, 40)
JOIN last_names l ON l.n = 1 + MOD(r * 3, 50);

INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, granted_by, granted_at)
SELECT ${patients} + k, ${patients} + 1 + MOD(k - 1, ${reps}), 1 + MOD(k * 7919, ${patients}), 'AUTHORIZED_REP', 'bench',
       CURRENT_TIMESTAMP
FROM (SELECT X AS k FROM SYSTEM_RANGE(1, ${rep_grants})) s;

-- The reach keys the app keeps (PatientReach): the patients every account reaches.
UPDATE portal_account a SET reach_keys = COALESCE((
    SELECT LISTAGG('|' || LOWER(p.last_name) || '|' || LOWER(p.first_name) || '|' || LOWER(p.mrn), '')
           WITHIN GROUP (ORDER BY p.id)
    FROM access_grant g JOIN patient p ON p.id = g.patient_id
    WHERE g.portal_account_id = a.id), '');

-- An audit trail of three records per Self account, which the account page reads: two changes
-- by the front desk, one sign-in by the account itself.
INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail, remote_address)
SELECT DATEADD('MINUTE', -MOD(X, 100000), CURRENT_TIMESTAMP), 'frontdesk', 'PORTAL_ACCOUNT_UPDATED',
       1 + MOD(X, ${patients}), 'p' || (1 + MOD(X, ${patients})) || '@example.org changed: first name', '127.0.0.1'
FROM SYSTEM_RANGE(1, 2 * ${patients});
INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail, remote_address)
SELECT DATEADD('MINUTE', -MOD(X, 100000), CURRENT_TIMESTAMP), 'portal:p' || X || '@example.org', 'PORTAL_SIGN_IN',
       NULL, NULL, '127.0.0.1'
FROM SYSTEM_RANGE(1, ${patients});

ALTER SEQUENCE patient_seq RESTART WITH ${patient_next};
ALTER SEQUENCE patient_mrn_seq RESTART WITH ${mrn_next};
ALTER SEQUENCE portal_account_seq RESTART WITH ${account_next};
ALTER SEQUENCE access_grant_seq RESTART WITH ${grant_next};
ANALYZE;
