-- The language a form was answered in (en, es), recorded at submission; NULL for the responses
-- submitted before the portal spoke more than one (they were answered in English).
ALTER TABLE form_response ADD COLUMN language VARCHAR(16);
