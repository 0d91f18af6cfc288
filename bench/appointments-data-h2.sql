-- Generates a large clinic's schedule for bench/appointments.sh into the embedded H2 database the app
-- already migrated (run with the JVM in UTC). The same clinic as appointments-data.sql, in H2's dialect;
-- ${...} are replaced by the script.

INSERT INTO staff_user (id, username, full_name, password_hash, enabled, must_change_password, created_at, version)
SELECT 100000 + X, 'clinician' || X, 'Dr. Bench ' || LPAD(CAST(X AS VARCHAR), 3, '0'), 'x', TRUE, FALSE,
       CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, ${clinicians});
INSERT INTO staff_user_role (staff_user_id, role) SELECT 100000 + X, 'CLINICIAN' FROM SYSTEM_RANGE(1, ${clinicians});
INSERT INTO working_hours (clinician_id, weekday, from_time, to_time)
SELECT 100000 + c.X, d.X, TIME '07:00:00', TIME '19:00:00' FROM SYSTEM_RANGE(1, ${clinicians}) c, SYSTEM_RANGE(1, 7) d;

INSERT INTO patient (id, mrn, first_name, last_name, first_name_fold, last_name_fold, date_of_birth, sex,
                     preferred_language, created_at, updated_at, version)
SELECT X, CAST(2000000 + X AS VARCHAR), 'Pat', 'Bench' || X, 'pat', 'bench' || X,
       DATEADD('DAY', MOD(X, 30000), DATE '1940-01-01'), 'UNKNOWN', 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, ${patients});

INSERT INTO appointment_type (id, name, name_key, minutes, telehealth, colour, forms_days_before, active, version)
VALUES (1, 'Brief session', 'brief session', 20, FALSE, '#1d6b72', 3, TRUE, 0);
ALTER TABLE appointment_type ALTER COLUMN id RESTART WITH 10;

INSERT INTO appointment (id, patient_id, clinician_id, type_id, starts_at, ends_at, telehealth, status, booked_by,
                         booked_at, version)
SELECT id, 1 + MOD(id * 7919, ${patients}), 100000 + c, 1, start, DATEADD('MINUTE', 20, start), FALSE,
       CASE WHEN start > CURRENT_TIMESTAMP THEN 'BOOKED' WHEN h < 3 THEN 'NO_SHOW' WHEN h < 6 THEN 'CANCELLED'
            ELSE 'COMPLETED' END,
       'bench', DATEADD('DAY', -20, start), 0
FROM (SELECT ((c.X - 1) * ${days} + d.X) * 36 + k.X + 1 AS id, c.X AS c,
             MOD(c.X * 7919 + d.X * 104729 + k.X * 1299709, 100) AS h,
             DATEADD('MINUTE', 420 + k.X * 20, CAST(DATEADD('DAY', d.X - (${days} - ${ahead}), CURRENT_DATE)
               AS TIMESTAMP WITH TIME ZONE)) AS start
      FROM SYSTEM_RANGE(1, ${clinicians}) c, SYSTEM_RANGE(0, ${days} - 1) d, SYSTEM_RANGE(0, 35) k) places
WHERE h < 95;
ALTER TABLE appointment ALTER COLUMN id RESTART WITH ${next_id};

INSERT INTO booked_slot (clinician_id, slot_minute, appointment_id)
SELECT a.clinician_id, CAST(EXTRACT(EPOCH FROM a.starts_at) AS BIGINT) / 60 + 5 * n.X, a.id
FROM appointment a, SYSTEM_RANGE(0, 3) n
WHERE a.starts_at > DATEADD('DAY', -1, CURRENT_TIMESTAMP) AND a.status <> 'CANCELLED';

INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, failed_sign_ins, created_at, updated_at, version, reach_keys)
VALUES (9000001, 'bench-portal@example.org', 'bench-portal@example.org', NULL, 'Pat', 'Bench4242', TRUE, FALSE,
        '${hash}', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, '|bench4242|pat|2004242');
INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, self_patient_id, granted_by, granted_at)
VALUES (9000001, 9000001, 4242, 'SELF', 4242, 'bench', CURRENT_TIMESTAMP);
INSERT INTO access_grant_permission (access_grant_id, permission) VALUES (9000001, 'APPOINTMENTS');

ALTER SEQUENCE patient_seq RESTART WITH ${patient_next};
ALTER SEQUENCE patient_mrn_seq RESTART WITH ${mrn_next};
ANALYZE;
