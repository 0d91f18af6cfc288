-- Generates a clinic's messages for bench/messages.sh, into the schema the app already migrated:
-- :patients patients, :conversations conversations in the three default pools with 5 messages each
-- (the newest has 50), their subject words, and one portal account (:hash is its password's hash)
-- for the patient of the newest conversation.

\set ON_ERROR_STOP on
SET synchronous_commit = off;

\ir names.sql
-- 80 words; a subject is three of them, so each word is in about one subject in 27.
CREATE TEMP TABLE words (n int PRIMARY KEY, word text);
INSERT INTO words SELECT i - 1, (ARRAY['appointment','refill','medication','billing','insurance','question','reschedule',
  'form','letter','school','work','note','prescription','pharmacy','payment','statement','copay','portal','password',
  'session','therapy','group','telehealth','video','link','cancel','confirm','time','change','address','phone','records',
  'release','request','results','lab','referral','update','sleep','dose','pickup','receipt','invoice','balance','plan',
  'coverage','authorization','doctor','clinician','counselor','parking','directions','hours','holiday','followup',
  'today','tomorrow','monday','friday','morning','evening','family','parent','consent','signature','document','upload',
  'scan','photo','card','new','help','thanks','reminder','schedule','intake','questionnaire','waitlist','transfer',
  'visit'])[i] FROM generate_series(1, 80) i;

INSERT INTO patient (id, mrn, first_name, last_name, date_of_birth, sex, preferred_language, created_at, updated_at,
                     version, first_name_fold, last_name_fold)
SELECT g, (3000000 + g)::text, f.name, l.name, DATE '1940-01-01' + (g % 30000), 'UNKNOWN', 'en', now(), now(), 0,
       lower(f.name), lower(l.name)
FROM generate_series(1, :patients) g
JOIN first_names f ON f.n = 1 + g % 40
JOIN last_names l ON l.n = 1 + (g / 40) % 50;

-- Conversation g: a spread-out patient, pool by g, a minute apart (the newest has the highest id);
-- 20 % waiting for the clinic (their wait up to a month), 30 % for the patient, the rest closed; 5 %
-- assigned to the administrator, 2 % patient only.
CREATE TEMP TABLE pools AS SELECT array_agg(id ORDER BY position) AS ids FROM message_pool;
INSERT INTO conversation (id, patient_id, pool_id, subject, started_by, started_at, state, waiting_since, patient_only,
                          assigned_to, last_message_at, last_author, last_from_clinic, last_clinic_message_id,
                          message_count)
SELECT g, 1 + (g * 7919::bigint) % :patients, p.ids[1 + g % 3],
       initcap(w1.word) || ' ' || w2.word || ' ' || w3.word, 'portal:bench', t - interval '3 days',
       s.state, CASE WHEN s.state = 'WAITING_CLINIC' THEN now() - (g % 43200) * interval '1 minute' END,
       g % 50 = 0, CASE WHEN g % 20 = 0 THEN (SELECT id FROM staff_user WHERE username = 'admin') END,
       t, CASE WHEN s.state = 'WAITING_PATIENT' THEN 'Ada Admin' ELSE 'Pat Bench' END,
       s.state = 'WAITING_PATIENT', (g - 1) * 5 + 4, 5
FROM generate_series(1, :conversations) g
CROSS JOIN pools p
JOIN words w1 ON w1.n = g % 80
JOIN words w2 ON w2.n = (g / 80) % 80
JOIN words w3 ON w3.n = (g / 6400) % 80
CROSS JOIN LATERAL (SELECT now() - (:conversations - g) * interval '1 minute' AS t,
    CASE WHEN g % 10 < 2 THEN 'WAITING_CLINIC' WHEN g % 10 < 5 THEN 'WAITING_PATIENT' ELSE 'CLOSED' END AS state) s;

INSERT INTO conversation_word (word, pool_id, conversation_id)
SELECT DISTINCT w.word, c.pool_id, c.id
FROM conversation c
CROSS JOIN LATERAL (VALUES (c.id % 80), ((c.id / 80) % 80), ((c.id / 6400) % 80)) k(n)
JOIN words w ON w.n = k.n;

-- Five messages each, from the patient's side and the clinic in turn, about 200 characters.
INSERT INTO message (id, conversation_id, kind, author, author_name, body, sent_at)
SELECT (c - 1) * 5 + k, c, CASE WHEN k % 2 = 1 THEN 'PATIENT' ELSE 'CLINIC' END,
       CASE WHEN k % 2 = 1 THEN 'portal:bench' ELSE 'admin' END, CASE WHEN k % 2 = 1 THEN 'Pat Bench' ELSE 'Ada Admin' END,
       'Message ' || k || ' of conversation ' || c || '. ' || repeat(md5(c::text || k), 5),
       now() - (:conversations - c) * interval '1 minute' - (5 - k) * interval '1 hour'
FROM generate_series(1, :conversations) c
CROSS JOIN generate_series(1, 5) k;
-- The newest conversation has 50.
INSERT INTO message (id, conversation_id, kind, author, author_name, body, sent_at)
SELECT :conversations * 5 + k, :conversations, CASE WHEN k % 2 = 1 THEN 'PATIENT' ELSE 'CLINIC' END, 'portal:bench',
       'Pat Bench', 'A longer conversation, message ' || k || '. ' || repeat(md5(k::text), 5),
       now() - interval '10 minutes' + k * interval '1 second'
FROM generate_series(1, 45) k;
UPDATE conversation SET message_count = 50 WHERE id = :conversations;

-- The portal account of the patient of the newest conversation, with every section.
INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, failed_sign_ins, created_at, updated_at, version)
VALUES (1, 'bench@example.org', 'bench@example.org', 'bench@example.org', 'Pat', 'Bench', TRUE, FALSE, :'hash', now(), 0,
        now(), now(), 0);
INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, self_patient_id, granted_by, granted_at)
SELECT 1, 1, patient_id, 'SELF', patient_id, 'bench', now() FROM conversation WHERE id = :conversations;
INSERT INTO access_grant_permission (access_grant_id, permission)
VALUES (1, 'PROFILE'), (1, 'FORMS'), (1, 'MESSAGES');

SELECT setval('patient_seq', :patients + 1000);
SELECT setval('patient_mrn_seq', 3000000 + :patients + 1000);
SELECT setval('portal_account_seq', 1000);
SELECT setval('access_grant_seq', 1000);
SELECT setval(pg_get_serial_sequence('conversation', 'id'), :conversations + 1);
SELECT setval(pg_get_serial_sequence('message', 'id'), :conversations * 5 + 100);
VACUUM ANALYZE;
