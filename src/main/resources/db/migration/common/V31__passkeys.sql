-- Spring Security's WebAuthn tables (JdbcPublicKeyCredentialUserEntityRepository,
-- JdbcUserCredentialRepository); a user entity's name is the holder's principal name.
-- BYTEA is a binary string on H2 and PostgreSQL alike.
CREATE TABLE user_entities (
    id           VARCHAR(1000) NOT NULL PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    display_name VARCHAR(200)
);

CREATE UNIQUE INDEX user_entities_name_idx ON user_entities (name);

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          VARCHAR(1000) NOT NULL,
    public_key                   BYTEA          NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP,
    last_used                    TIMESTAMP,
    label                        VARCHAR(1000) NOT NULL
);

CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);
