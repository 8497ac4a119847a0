-- What an LMS administrator configures for their platform registration (issuer + client_id) on the
-- admin pages, and the one-time values that confirm an administrative action exactly once.
--
-- The accreditation statements certificates carry: the provider's name as the accreditors know it,
-- then per kind of credit the statements printed in order. Only accreditors' published wording is
-- kept here, never anything about a person or a case. Instants are epoch milliseconds.
CREATE TABLE lti_accreditation_provider (
    issuer        VARCHAR(255) NOT NULL,
    client_id     VARCHAR(255) NOT NULL,
    provider_name VARCHAR(300) NOT NULL,
    updated_at    BIGINT       NOT NULL,
    CONSTRAINT pk_lti_accreditation_provider PRIMARY KEY (issuer, client_id)
);

CREATE TABLE lti_accreditation_statement (
    issuer      VARCHAR(255)  NOT NULL,
    client_id   VARCHAR(255)  NOT NULL,
    credit_type VARCHAR(40)   NOT NULL,
    list_index  INTEGER       NOT NULL,
    wording     VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_lti_accreditation_statement PRIMARY KEY (issuer, client_id, credit_type, list_index),
    CONSTRAINT fk_lti_accreditation_statement FOREIGN KEY (issuer, client_id)
        REFERENCES lti_accreditation_provider (issuer, client_id)
);

-- A value a page hands out with a confirm button (a retention purge, a key rotation) and accepts once:
-- a second press of the same button finds it used. value_hash is the SHA-256 (hex) of the value;
-- owner names whose action it confirms (a platform registration, or the tool operator).
CREATE TABLE lti_one_time_value (
    value_hash VARCHAR(64)  NOT NULL,
    purpose    VARCHAR(40)  NOT NULL,
    owner_key  VARCHAR(64)  NOT NULL,
    expires_at BIGINT       NOT NULL,
    used_at    BIGINT,
    CONSTRAINT pk_lti_one_time_value PRIMARY KEY (value_hash)
);
CREATE INDEX ix_lti_one_time_value_expiry ON lti_one_time_value (expires_at);
