-- Generates a large clinic for bench/user-management.sh, into the schema the app already migrated.
-- Variables: :patients, :reps (representatives), :rep_grants (their grants, at least :reps).
-- One precomputed password hash for every account: nobody signs in with these.

\set ON_ERROR_STOP on
SET synchronous_commit = off;

\ir names.sql

INSERT INTO patient (id, mrn, first_name, last_name, date_of_birth, sex, email, preferred_language, created_at,
                     updated_at, version)
SELECT g, (2000000 + g)::text, f.name, l.name || CASE WHEN g % 7 = 0 THEN '' ELSE chr(97 + g % 26) END,
       DATE '1940-01-01' + (g % 30000), 'UNKNOWN', 'p' || g || '@example.org', 'en',
       now() - (g % 1000) * interval '1 day', now(), 0
FROM generate_series(1, :patients) g
JOIN first_names f ON f.n = 1 + g % 40
JOIN last_names l ON l.n = 1 + (g / 40) % 50;

-- Every patient has a Self account; a quarter signed in, some disabled, locked or due a change.
INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, last_sign_in_at, failed_sign_ins, locked_until,
                            created_at, updated_at, version, reach_keys)
SELECT p.id, p.email, p.email, p.email, p.first_name, p.last_name, p.id % 50 <> 0, p.id % 10 = 0,
       :'hash', now(), CASE WHEN p.id % 4 = 0 THEN now() - (p.id % 5000) * interval '1 minute' END, 0,
       CASE WHEN p.id % 1000 = 0 THEN now() + interval '10 minutes' END,
       now() - (p.id % 900) * interval '1 day', now(), 0,
       '|' || lower(p.last_name) || '|' || lower(p.first_name) || '|' || lower(p.mrn)
FROM patient p;

INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, self_patient_id, granted_by, granted_at)
SELECT p.id, p.id, p.id, 'SELF', p.id, 'bench', now() FROM patient p;
INSERT INTO access_grant_permission (access_grant_id, permission)
SELECT id, perm FROM access_grant, (VALUES ('PROFILE'), ('FORMS')) v(perm);

-- Representatives: each reaches one patient, the first ones a second.
INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, last_sign_in_at, failed_sign_ins, created_at,
                            updated_at, version, reach_keys)
SELECT :patients + r, 'rep' || r || '@example.org', 'rep' || r || '@example.org', 'rep' || r || '@example.org',
       f.name, l.name, TRUE, FALSE, :'hash', now(),
       CASE WHEN r % 3 = 0 THEN now() - (r % 7000) * interval '1 minute' END, 0, now() - (r % 800) * interval '1 day',
       now(), 0,
       -- the keys of the patients of this representative's grants (k = r, r + reps, ... below)
       (SELECT string_agg('|' || lower(p.last_name) || '|' || lower(p.first_name) || '|' || lower(p.mrn), ''
                          ORDER BY p.id)
        FROM generate_series(r, :rep_grants, :reps) k JOIN patient p ON p.id = 1 + ((k * 7919::bigint) % :patients))
FROM generate_series(1, :reps) r
JOIN first_names f ON f.n = 1 + (r * 7) % 40
JOIN last_names l ON l.n = 1 + (r * 3) % 50;

INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, granted_by, granted_at)
SELECT :patients + k, :patients + 1 + (k - 1) % :reps, 1 + ((k * 7919::bigint) % :patients), 'AUTHORIZED_REP', 'bench', now()
FROM generate_series(1, :rep_grants) k;

-- An audit trail of three records per Self account, which the account page reads: two changes
-- by the front desk, one sign-in by the account itself.
INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail, remote_address)
SELECT now() - (g % 100000) * interval '1 minute', 'frontdesk', 'PORTAL_ACCOUNT_UPDATED', 1 + g % :patients,
       'p' || (1 + g % :patients) || '@example.org changed: first name', '127.0.0.1'
FROM generate_series(1, 2 * :patients) g;
INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail, remote_address)
SELECT now() - (g % 100000) * interval '1 minute', 'portal:p' || g || '@example.org', 'PORTAL_SIGN_IN', NULL,
       NULL, '127.0.0.1'
FROM generate_series(1, :patients) g;

SELECT setval('patient_seq', :patients + 1000);
SELECT setval('patient_mrn_seq', 2000000 + :patients + 1000);
SELECT setval('portal_account_seq', :patients + :reps + 1000);
SELECT setval('access_grant_seq', :patients + :rep_grants + 1000);
VACUUM ANALYZE;
