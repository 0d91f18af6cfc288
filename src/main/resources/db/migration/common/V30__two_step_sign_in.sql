-- Second sign-in factors of staff users and portal accounts, keyed by the holder's principal name
-- ('portal:<account id>' or the staff username). Passkeys live in Spring Security's WebAuthn tables
-- (V31).

-- An authenticator app's key (RFC 6238). The app must keep it and so must we: it cannot be hashed.
-- A key is confirmed by a first correct code; last_step refuses a code used once.
CREATE TABLE authenticator_app (
    holder       VARCHAR(100) NOT NULL PRIMARY KEY,
    secret       VARCHAR(64)  NOT NULL,
    confirmed    BOOLEAN      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    last_step    BIGINT
);

-- Single-use recovery codes, SHA-256 of each; the codes themselves are shown once.
CREATE TABLE recovery_code (
    holder     VARCHAR(100) NOT NULL,
    code_hash  CHAR(64)     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (holder, code_hash)
);

-- Whether a portal account has a second factor, for User Management's filter and export; kept by the
-- account module when the factors change.
ALTER TABLE portal_account ADD COLUMN two_step BOOLEAN DEFAULT FALSE NOT NULL;
