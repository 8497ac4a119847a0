-- Launch state: logins waiting for their launch, and the nonces launches have used. Shared by every
-- node of the tool, so a launch can land on another node than its login. Instants are epoch
-- milliseconds (UTC). A row is kept until forget_at, then purged.

-- One row per started login (OIDC third-party login initiation), keyed by its state.
CREATE TABLE lti_login (
    state                VARCHAR(128)  NOT NULL,
    nonce                VARCHAR(128)  NOT NULL,
    -- SHA-256 (base64url) of the secret the starting browser holds; never the secret itself
    browser_binding_hash VARCHAR(64)   NOT NULL,
    issuer               VARCHAR(512)  NOT NULL,
    client_id            VARCHAR(255)  NOT NULL,
    -- the deployment the platform named in the login, if it did
    deployment_id        VARCHAR(255),
    target_link_uri      VARCHAR(2048) NOT NULL,
    issued_at            BIGINT        NOT NULL,
    expires_at           BIGINT        NOT NULL,
    -- set once, by the launch that completed the login
    completed_at         BIGINT,
    forget_at            BIGINT        NOT NULL,
    CONSTRAINT lti_login_pk PRIMARY KEY (state),
    CONSTRAINT lti_login_expires_after_issue CHECK (expires_at > issued_at),
    CONSTRAINT lti_login_forget_not_before_expiry CHECK (forget_at >= expires_at)
);

CREATE INDEX lti_login_forget_at ON lti_login (forget_at);

-- Nonces of completed launches: the primary key makes a nonce usable once across all nodes.
CREATE TABLE lti_used_nonce (
    nonce     VARCHAR(128) NOT NULL,
    forget_at BIGINT       NOT NULL,
    CONSTRAINT lti_used_nonce_pk PRIMARY KEY (nonce)
);

CREATE INDEX lti_used_nonce_forget_at ON lti_used_nonce (forget_at);
