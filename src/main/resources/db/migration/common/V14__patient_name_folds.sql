-- The patient list's name search: each name folded (lower case, without accents, spaces or
-- punctuation), so that "zoe" finds Zoë and "oneil" O'Neil. The app writes them with the names and
-- fills them in at start for rows that have none yet.
ALTER TABLE patient ADD COLUMN first_name_fold VARCHAR(100);
ALTER TABLE patient ADD COLUMN last_name_fold VARCHAR(100);
ALTER TABLE patient ADD COLUMN preferred_name_fold VARCHAR(100);
