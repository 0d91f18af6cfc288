-- Generates a large clinic's schedule for bench/appointments.sh, into the schema the app already
-- migrated. Variables: :clinicians, :patients, :days (the days generated, ending :ahead days from
-- today), :ahead, :hash (the password hash of the benchmark's portal account).
-- Every clinician works 07:00 to 19:00 every day (the clinic's zone is UTC here); each day has 36
-- twenty-minute places, 95 % of them booked: 200 clinicians over 730 days give 5,000,000 appointments.

\set ON_ERROR_STOP on
SET synchronous_commit = off;

INSERT INTO staff_user (id, username, full_name, password_hash, enabled, must_change_password, created_at, version)
SELECT 100000 + c, 'clinician' || c, 'Dr. Bench ' || lpad(c::text, 3, '0'), 'x', TRUE, FALSE, now(), 0
FROM generate_series(1, :clinicians) c;
INSERT INTO staff_user_role (staff_user_id, role) SELECT 100000 + c, 'CLINICIAN' FROM generate_series(1, :clinicians) c;
INSERT INTO working_hours (clinician_id, weekday, from_time, to_time)
SELECT 100000 + c, d, TIME '07:00', TIME '19:00' FROM generate_series(1, :clinicians) c, generate_series(1, 7) d;

-- With their names folded for the search, as the app writes them (else it folds them at its next start).
INSERT INTO patient (id, mrn, first_name, last_name, first_name_fold, last_name_fold, date_of_birth, sex,
                     preferred_language, created_at, updated_at, version)
SELECT g, (2000000 + g)::text, 'Pat', 'Bench' || g, 'pat', 'bench' || g, DATE '1940-01-01' + (g % 30000), 'UNKNOWN',
       'en', now(), now(), 0
FROM generate_series(1, :patients) g;

INSERT INTO appointment_type (id, name, name_key, minutes, telehealth, colour, forms_days_before, active, version)
VALUES (1, 'Brief session', 'brief session', 20, FALSE, '#1d6b72', 3, TRUE, 0);
SELECT setval(pg_get_serial_sequence('appointment_type', 'id'), 10);

-- Place k of day d of clinician c; h decides whether it is booked (h < 95) and, in the past, how it went.
INSERT INTO appointment (id, patient_id, clinician_id, type_id, starts_at, ends_at, telehealth, status, booked_by,
                         booked_at, version)
SELECT id, 1 + (id * 7919) % :patients, 100000 + c, 1, start, start + interval '20 minutes', FALSE,
       CASE WHEN start > now() THEN 'BOOKED' WHEN h < 3 THEN 'NO_SHOW' WHEN h < 6 THEN 'CANCELLED' ELSE 'COMPLETED' END,
       'bench', start - interval '20 days', 0
FROM (SELECT ((c - 1)::bigint * :days + d) * 36 + k + 1 AS id, c,
             (c * 7919 + d * 104729 + k * 1299709) % 100 AS h,
             (current_date - (:days - :ahead) + d)::timestamp AT TIME ZONE 'UTC' + interval '7 hours'
               + k * interval '20 minutes' AS start
      FROM generate_series(1, :clinicians) c, generate_series(0, :days - 1) d, generate_series(0, 35) k) places
WHERE h < 95;
SELECT setval(pg_get_serial_sequence('appointment', 'id'), (SELECT max(id) + 1 FROM appointment));

-- The slots the visits still ahead hold (the app sweeps those of visits long over).
INSERT INTO booked_slot (clinician_id, slot_minute, appointment_id)
SELECT a.clinician_id, extract(epoch FROM a.starts_at)::bigint / 60 + 5 * n, a.id
FROM appointment a, generate_series(0, 3) n
WHERE a.starts_at > now() - interval '1 day' AND a.status <> 'CANCELLED';

-- The portal account whose list is timed: patient 4242 and its own appointments.
INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, failed_sign_ins, created_at, updated_at, version, reach_keys)
VALUES (9000001, 'bench-portal@example.org', 'bench-portal@example.org', NULL, 'Pat', 'Bench4242', TRUE, FALSE, :'hash',
        now(), 0, now(), now(), 0, '|bench4242|pat|2004242');
INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, self_patient_id, granted_by, granted_at)
VALUES (9000001, 9000001, 4242, 'SELF', 4242, 'bench', now());
INSERT INTO access_grant_permission (access_grant_id, permission) VALUES (9000001, 'APPOINTMENTS');

SELECT setval('patient_seq', :patients + 1000);
SELECT setval('patient_mrn_seq', 2000000 + :patients + 1000);
VACUUM ANALYZE;
