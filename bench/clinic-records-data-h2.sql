-- Generates a clinic network's records for bench/clinic-records.sh (DB=h2), into the embedded
-- database the app already migrated: the same shapes as clinic-records-data.sql (PostgreSQL), in H2's
-- dialect. The script replaces the ${...} placeholders before running it.

INSERT INTO patient (id, mrn, first_name, last_name, first_name_fold, last_name_fold, date_of_birth, sex, email,
                     preferred_language, created_at, updated_at, version)
SELECT g, CAST(2000000 + g AS VARCHAR), n.first, n.last, LOWER(n.first), LOWER(n.last),
       DATEADD(DAY, MOD(g, 30000), DATE '1940-01-01'), 'UNKNOWN', 'p' || g || '@example.org', 'en',
       DATEADD(DAY, -MOD(g, 3650), CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 0
FROM (SELECT g, f.name AS first, CASE WHEN MOD(g, 100000) = 0 THEN 'Quenneville'
                           WHEN MOD(g, 7) = 0 THEN l.name ELSE l.name || CHAR(97 + MOD(g, 26)) END AS last
      FROM (SELECT X AS g FROM SYSTEM_RANGE(1, ${patients})) r
      JOIN first_names f ON f.n = 1 + MOD(g, 40)
      JOIN last_names l ON l.n = 1 + MOD(g / 40, 50)) n;

INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail, remote_address)
SELECT DATEADD(MILLISECOND, -CAST(g * (315360000000.0 / ${audit}) AS BIGINT), CURRENT_TIMESTAMP),
       CASE WHEN MOD(g, 20) < 8 THEN 'portal:p' || (1 + MOD(g * 7919, ${patients})) || '@example.org'
            ELSE 'staff' || MOD(g, 200) END,
       CASE WHEN MOD(g, 20) < 8 THEN 'PORTAL_SIGN_IN' WHEN MOD(g, 20) < 12 THEN 'PORTAL_SECTION_VIEWED'
            WHEN MOD(g, 20) < 15 THEN 'STAFF_SIGN_IN' WHEN MOD(g, 20) < 18 THEN 'PROFILE_CHANGE_PROPOSED'
            ELSE 'FORM_REQUESTED' END,
       CASE WHEN MOD(g, 20) < 8 OR MOD(g, 20) IN (12, 13, 14) THEN NULL ELSE 1 + MOD(g * 7919, ${patients}) END,
       CASE WHEN MOD(g, 20) >= 15 THEN 'changed: phone' END, '10.0.' || MOD(g, 250) || '.' || MOD(g, 199)
FROM (SELECT X AS g FROM SYSTEM_RANGE(1, ${audit})) r;

ALTER SEQUENCE patient_seq RESTART WITH ${patient_next};
ALTER SEQUENCE patient_mrn_seq RESTART WITH ${mrn_next};
ANALYZE;
