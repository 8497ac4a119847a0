-- Deep linking: an instructor picks or creates a Balint group in the LMS's content picker, and the
-- tool answers with a link the LMS places in the course. Instants are epoch milliseconds.

-- The server-side session of the content picker, between the deep-linking request and the form the
-- instructor posts. Only the SHA-256 of the session token is stored; the CSRF secret guards the post.
-- It keeps what the answer needs: where to send it (return_url), the platform's opaque data (NULL
-- when it sent none), the content types it accepts (space separated) and whether it takes several.
-- answered_at is set once, when the signed answer is made: a request is answered at most once.
CREATE TABLE lti_deep_link_session (
    session_hash     VARCHAR(64)   NOT NULL,
    csrf_secret      VARCHAR(64)   NOT NULL,
    issuer           VARCHAR(255)  NOT NULL,
    client_id        VARCHAR(255)  NOT NULL,
    deployment_id    VARCHAR(255)  NOT NULL,
    subject          VARCHAR(255)  NOT NULL,
    context_id       VARCHAR(255)  NOT NULL,
    return_url       VARCHAR(2048) NOT NULL,
    platform_data    VARCHAR(4000),
    accept_types     VARCHAR(512)  NOT NULL,
    accept_multiple  SMALLINT      NOT NULL,
    created_at       BIGINT        NOT NULL,
    expires_at       BIGINT        NOT NULL,
    answered_at      BIGINT,
    CONSTRAINT pk_lti_deep_link_session PRIMARY KEY (session_hash)
);

CREATE INDEX ix_lti_deep_link_session_expires ON lti_deep_link_session (expires_at);

-- The groups created in the content picker, by tenant (issuer and deployment): they are stored
-- without a placement until the LMS first launches the link, so the picker can offer the ones that
-- are not placed yet (those without a row in lti_course_binding). tenant_key is the SHA-256 (hex)
-- of issuer and deployment_id.
CREATE TABLE lti_deep_linked_group (
    group_id         VARCHAR(64)   NOT NULL,
    tenant_key       VARCHAR(64)   NOT NULL,
    issuer           VARCHAR(255)  NOT NULL,
    deployment_id    VARCHAR(255)  NOT NULL,
    created_at       BIGINT        NOT NULL,
    CONSTRAINT pk_lti_deep_linked_group PRIMARY KEY (group_id)
);

CREATE INDEX ix_lti_deep_linked_group_tenant ON lti_deep_linked_group (tenant_key);
