-- Generates a clinic's messages for bench/messages.sh on H2 (see messages-data.sql, its PostgreSQL
-- twin): ${patients} patients, ${conversations} conversations in the three default pools with 5
-- messages each (the newest has 50), their subject words, and one portal account.

CREATE TABLE bench_first_names (n INT PRIMARY KEY, name VARCHAR(40));
INSERT INTO bench_first_names VALUES
  (1, 'Ana'), (2, 'Luis'), (3, 'Sofia'), (4, 'Mateo'), (5, 'Linh'), (6, 'Bao'), (7, 'Chidi'), (8, 'Rachel'),
  (9, 'Ethan'), (10, 'Marta'), (11, 'Piotr'), (12, 'Omar'), (13, 'Yasmin'), (14, 'Denise'), (15, 'Elena'),
  (16, 'Diego'), (17, 'Harold'), (18, 'Priya'), (19, 'Samuel'), (20, 'Jordan'), (21, 'Wei'), (22, 'Isabella'),
  (23, 'Marcus'), (24, 'Hannah'), (25, 'Tomas'), (26, 'Fatima'), (27, 'Kevin'), (28, 'Grace'), (29, 'Alex'),
  (30, 'Beatriz'), (31, 'Noah'), (32, 'Jean'), (33, 'Olivia'), (34, 'Ruth'), (35, 'Margaret'), (36, 'Zofia'),
  (37, 'Mai'), (38, 'Lily'), (39, 'Adaeze'), (40, 'Jaylen');
CREATE TABLE bench_last_names (n INT PRIMARY KEY, name VARCHAR(40));
INSERT INTO bench_last_names VALUES
  (1, 'Rivera'), (2, 'Nguyen'), (3, 'Okafor'), (4, 'Thompson'), (5, 'Kowalski'), (6, 'Haddad'), (7, 'Johnson'),
  (8, 'Garcia'), (9, 'Ellison'), (10, 'Brooks'), (11, 'Raman'), (12, 'Adeyemi'), (13, 'Blake'), (14, 'Chen'),
  (15, 'Moreau'), (16, 'Bell'), (17, 'Schultz'), (18, 'Ortega'), (19, 'Zahra'), (20, 'OBrien'), (21, 'Kim'),
  (22, 'Morgan'), (23, 'Costa'), (24, 'Fischer'), (25, 'Baptiste'), (26, 'Hart'), (27, 'Abernathy'), (28, 'Patel'),
  (29, 'Smith'), (30, 'Lopez'), (31, 'Martin'), (32, 'Lee'), (33, 'Walker'), (34, 'Young'), (35, 'Allen'),
  (36, 'King'), (37, 'Wright'), (38, 'Scott'), (39, 'Green'), (40, 'Baker'), (41, 'Adams'), (42, 'Nelson'),
  (43, 'Hill'), (44, 'Campbell'), (45, 'Mitchell'), (46, 'Roberts'), (47, 'Carter'), (48, 'Phillips'), (49, 'Evans'),
  (50, 'Turner');
CREATE TABLE bench_words (n INT PRIMARY KEY, word VARCHAR(40));
INSERT INTO bench_words VALUES
  (0, 'appointment'), (1, 'refill'), (2, 'medication'), (3, 'billing'), (4, 'insurance'), (5, 'question'),
  (6, 'reschedule'), (7, 'form'), (8, 'letter'), (9, 'school'), (10, 'work'), (11, 'note'), (12, 'prescription'),
  (13, 'pharmacy'), (14, 'payment'), (15, 'statement'), (16, 'copay'), (17, 'portal'), (18, 'password'),
  (19, 'session'), (20, 'therapy'), (21, 'group'), (22, 'telehealth'), (23, 'video'), (24, 'link'), (25, 'cancel'),
  (26, 'confirm'), (27, 'time'), (28, 'change'), (29, 'address'), (30, 'phone'), (31, 'records'), (32, 'release'),
  (33, 'request'), (34, 'results'), (35, 'lab'), (36, 'referral'), (37, 'update'), (38, 'sleep'), (39, 'dose'),
  (40, 'pickup'), (41, 'receipt'), (42, 'invoice'), (43, 'balance'), (44, 'plan'), (45, 'coverage'),
  (46, 'authorization'), (47, 'doctor'), (48, 'clinician'), (49, 'counselor'), (50, 'parking'), (51, 'directions'),
  (52, 'hours'), (53, 'holiday'), (54, 'followup'), (55, 'today'), (56, 'tomorrow'), (57, 'monday'), (58, 'friday'),
  (59, 'morning'), (60, 'evening'), (61, 'family'), (62, 'parent'), (63, 'consent'), (64, 'signature'),
  (65, 'document'), (66, 'upload'), (67, 'scan'), (68, 'photo'), (69, 'card'), (70, 'new'), (71, 'help'),
  (72, 'thanks'), (73, 'reminder'), (74, 'schedule'), (75, 'intake'), (76, 'questionnaire'), (77, 'waitlist'),
  (78, 'transfer'), (79, 'visit');
CREATE TABLE bench_pools (n INT PRIMARY KEY, id BIGINT);
INSERT INTO bench_pools SELECT ROW_NUMBER() OVER (ORDER BY position) - 1, id FROM message_pool;

INSERT INTO patient (id, mrn, first_name, last_name, date_of_birth, sex, preferred_language, created_at, updated_at,
                     version, first_name_fold, last_name_fold)
SELECT X, CAST(3000000 + X AS VARCHAR), f.name, l.name, DATEADD('DAY', MOD(X, 30000), DATE '1940-01-01'), 'UNKNOWN',
       'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, LOWER(f.name), LOWER(l.name)
FROM SYSTEM_RANGE(1, ${patients})
JOIN bench_first_names f ON f.n = 1 + MOD(X, 40)
JOIN bench_last_names l ON l.n = 1 + MOD(X / 40, 50);

INSERT INTO conversation (id, patient_id, pool_id, subject, started_by, started_at, state, waiting_since, patient_only,
                          assigned_to, last_message_at, last_author, last_from_clinic, last_clinic_message_id,
                          message_count)
SELECT X, 1 + MOD(X * 7919, ${patients}), p.id, UPPER(LEFT(w1.word, 1)) || SUBSTRING(w1.word, 2) || ' ' || w2.word || ' ' || w3.word, 'portal:bench',
       DATEADD('MINUTE', X - ${conversations} - 4320, CURRENT_TIMESTAMP),
       CASE WHEN MOD(X, 10) < 2 THEN 'WAITING_CLINIC' WHEN MOD(X, 10) < 5 THEN 'WAITING_PATIENT' ELSE 'CLOSED' END,
       CASE WHEN MOD(X, 10) < 2 THEN DATEADD('MINUTE', -MOD(X, 43200), CURRENT_TIMESTAMP) END,
       MOD(X, 50) = 0, CASE WHEN MOD(X, 20) = 0 THEN (SELECT id FROM staff_user WHERE username = 'admin') END,
       DATEADD('MINUTE', X - ${conversations}, CURRENT_TIMESTAMP),
       CASE WHEN MOD(X, 10) BETWEEN 2 AND 4 THEN 'Ada Admin' ELSE 'Pat Bench' END, MOD(X, 10) BETWEEN 2 AND 4,
       (X - 1) * 5 + 4, 5
FROM SYSTEM_RANGE(1, ${conversations})
JOIN bench_pools p ON p.n = MOD(X, 3)
JOIN bench_words w1 ON w1.n = MOD(X, 80)
JOIN bench_words w2 ON w2.n = MOD(X / 80, 80)
JOIN bench_words w3 ON w3.n = MOD(X / 6400, 80);

INSERT INTO conversation_word (word, pool_id, conversation_id)
SELECT DISTINCT w.word, c.pool_id, c.id FROM conversation c JOIN bench_words w
  ON w.n = MOD(c.id, 80) OR w.n = MOD(c.id / 80, 80) OR w.n = MOD(c.id / 6400, 80);

INSERT INTO message (id, conversation_id, kind, author, author_name, body, sent_at)
SELECT (c.X - 1) * 5 + k.X, c.X, CASE WHEN MOD(k.X, 2) = 1 THEN 'PATIENT' ELSE 'CLINIC' END,
       CASE WHEN MOD(k.X, 2) = 1 THEN 'portal:bench' ELSE 'admin' END,
       CASE WHEN MOD(k.X, 2) = 1 THEN 'Pat Bench' ELSE 'Ada Admin' END,
       'Message ' || k.X || ' of conversation ' || c.X || '. ' || REPEAT('Lorem ipsum dolor sit amet. ', 6),
       DATEADD('MINUTE', c.X - ${conversations} - (5 - k.X) * 60, CURRENT_TIMESTAMP)
FROM SYSTEM_RANGE(1, ${conversations}) c CROSS JOIN SYSTEM_RANGE(1, 5) k;
INSERT INTO message (id, conversation_id, kind, author, author_name, body, sent_at)
SELECT ${conversations} * 5 + X, ${conversations}, CASE WHEN MOD(X, 2) = 1 THEN 'PATIENT' ELSE 'CLINIC' END,
       'portal:bench', 'Pat Bench', 'A longer conversation, message ' || X || '. ' || REPEAT('Lorem ipsum. ', 12),
       DATEADD('SECOND', X - 600, CURRENT_TIMESTAMP)
FROM SYSTEM_RANGE(1, 45);
UPDATE conversation SET message_count = 50 WHERE id = ${conversations};

INSERT INTO portal_account (id, username, username_key, email, first_name, last_name, enabled, force_password_change,
                            password_hash, password_changed_at, failed_sign_ins, created_at, updated_at, version)
VALUES (1, 'bench@example.org', 'bench@example.org', 'bench@example.org', 'Pat', 'Bench', TRUE, FALSE, '${hash}',
        CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, self_patient_id, granted_by, granted_at)
SELECT 1, 1, patient_id, 'SELF', patient_id, 'bench', CURRENT_TIMESTAMP FROM conversation WHERE id = ${conversations};
INSERT INTO access_grant_permission (access_grant_id, permission) VALUES (1, 'PROFILE'), (1, 'FORMS'), (1, 'MESSAGES');

ALTER SEQUENCE patient_seq RESTART WITH ${patient_next};
ALTER SEQUENCE patient_mrn_seq RESTART WITH ${mrn_next};
ALTER SEQUENCE portal_account_seq RESTART WITH 1000;
ALTER SEQUENCE access_grant_seq RESTART WITH 1000;
ALTER TABLE conversation ALTER COLUMN id RESTART WITH ${conversation_next};
ALTER TABLE message ALTER COLUMN id RESTART WITH ${message_next};
DROP TABLE bench_first_names, bench_last_names, bench_words, bench_pools;
ANALYZE;
