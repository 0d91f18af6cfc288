-- Portal sections are declared by the modules that own them; this table remembers which ones this
-- database has introduced, so that a new section reaches the existing Self grants once
-- (account/SectionRollout). Profile and Forms came with the grants themselves.

CREATE TABLE portal_section (
    section_key   VARCHAR(30) NOT NULL PRIMARY KEY,
    introduced_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO portal_section (section_key, introduced_at) VALUES ('PROFILE', CURRENT_TIMESTAMP);
INSERT INTO portal_section (section_key, introduced_at) VALUES ('FORMS', CURRENT_TIMESTAMP);
