-- Generates a clinic network's records for bench/clinic-records.sh into the schema the app already
-- migrated: :patients patients (names.sql's names, folded as the app folds them; one in 100,000 has
-- the rare last name Quenneville) and :audit audit records, one every ten years / :audit, newest now.
-- Of the records, 40 % are portal sign-ins (no patient), 20 % sections viewed, 15 % staff sign-ins
-- and the rest changes to a patient by one of 200 staff users; a patient's records are spread over
-- the ten years (patient 1 + 7919 g mod :patients).

\set ON_ERROR_STOP on
SET synchronous_commit = off;

\ir names.sql

INSERT INTO patient (id, mrn, first_name, last_name, first_name_fold, last_name_fold, date_of_birth, sex, email,
                     preferred_language, created_at, updated_at, version)
SELECT g, (2000000 + g)::text, f.name, n.last, lower(f.name), lower(n.last),
       DATE '1940-01-01' + (g % 30000), 'UNKNOWN', 'p' || g || '@example.org', 'en',
       now() - (g % 3650) * interval '1 day', now(), 0
FROM generate_series(1, :patients) g
JOIN first_names f ON f.n = 1 + g % 40
JOIN last_names l ON l.n = 1 + (g / 40) % 50
CROSS JOIN LATERAL (SELECT CASE WHEN g % 100000 = 0 THEN 'Quenneville'
                                WHEN g % 7 = 0 THEN l.name ELSE l.name || chr(97 + g % 26) END) n(last);

INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail, remote_address)
SELECT now() - (g * (315360000.0 / :audit)) * interval '1 second',
       CASE WHEN g % 20 < 8 THEN 'portal:p' || (1 + (g::bigint * 7919) % :patients) || '@example.org'
            ELSE 'staff' || (g % 200) END,
       CASE WHEN g % 20 < 8 THEN 'PORTAL_SIGN_IN' WHEN g % 20 < 12 THEN 'PORTAL_SECTION_VIEWED'
            WHEN g % 20 < 15 THEN 'STAFF_SIGN_IN' WHEN g % 20 < 18 THEN 'PROFILE_CHANGE_PROPOSED'
            ELSE 'FORM_REQUESTED' END,
       CASE WHEN g % 20 < 8 OR g % 20 IN (12, 13, 14) THEN NULL ELSE 1 + (g::bigint * 7919) % :patients END,
       CASE WHEN g % 20 >= 15 THEN 'changed: phone' END, '10.0.' || (g % 250) || '.' || (g % 199)
FROM generate_series(1, :audit) g;

SELECT setval('patient_seq', :patients + 1000);
SELECT setval('patient_mrn_seq', 2000000 + :patients + 1000);
VACUUM ANALYZE;
