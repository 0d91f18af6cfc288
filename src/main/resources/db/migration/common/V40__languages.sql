-- The language each account's holder chose (en, es); NULL until they choose one. Before a choice a
-- portal account follows its patient's preferred language on the chart, staff their browser.
ALTER TABLE portal_account ADD COLUMN language VARCHAR(16);
ALTER TABLE staff_user ADD COLUMN language VARCHAR(16);
