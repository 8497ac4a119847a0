-- Links from the LMS to Balint's own records, and the sessions of the pages after a launch.
-- Long natural keys (issuer, client_id, deployment, context, resource link, user) are identified by
-- the SHA-256 of their parts (hex), so every primary key stays short on Derby and PostgreSQL alike.
-- Instants are epoch milliseconds.

-- Which Balint group a placement of the tool (a resource link in a course) leads to. One row per
-- placement, written once by the first leader who sets the group up; a group is bound at most once.
-- context_id is '' for a launch without a course context.
CREATE TABLE lti_course_binding (
    binding_key      VARCHAR(64)  NOT NULL,
    issuer           VARCHAR(255) NOT NULL,
    client_id        VARCHAR(255) NOT NULL,
    deployment_id    VARCHAR(255) NOT NULL,
    context_id       VARCHAR(255) NOT NULL,
    resource_link_id VARCHAR(255) NOT NULL,
    group_id         VARCHAR(64)  NOT NULL,
    bound_at         BIGINT       NOT NULL,
    CONSTRAINT pk_lti_course_binding PRIMARY KEY (binding_key),
    CONSTRAINT uq_lti_course_binding_group UNIQUE (group_id)
);

-- Which Balint person an LMS user is: one row per platform registration (issuer, client_id) and
-- subject. Name and e-mail are kept only as the platform last sent them (NULL when it did not), for
-- certificates and attendance matching.
CREATE TABLE lti_user_link (
    link_key   VARCHAR(64)  NOT NULL,
    issuer     VARCHAR(255) NOT NULL,
    client_id  VARCHAR(255) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    member_id  VARCHAR(64)  NOT NULL,
    name       VARCHAR(200),
    email      VARCHAR(254),
    linked_at  BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    CONSTRAINT pk_lti_user_link PRIMARY KEY (link_key),
    CONSTRAINT uq_lti_user_link_member UNIQUE (member_id)
);

-- The server-side session of the pages that follow an accepted launch. The session id itself (256
-- random bits) is never stored, only its SHA-256; the CSRF secret guards every form post.
-- roles: the Balint roles, comma separated; group_id NULL until the placement is bound.
CREATE TABLE lti_launch_session (
    session_hash     VARCHAR(64)  NOT NULL,
    csrf_secret      VARCHAR(64)  NOT NULL,
    issuer           VARCHAR(255) NOT NULL,
    client_id        VARCHAR(255) NOT NULL,
    deployment_id    VARCHAR(255) NOT NULL,
    subject          VARCHAR(255) NOT NULL,
    roles            VARCHAR(64)  NOT NULL,
    context_id       VARCHAR(255) NOT NULL,
    resource_link_id VARCHAR(255) NOT NULL,
    group_id         VARCHAR(64),
    created_at       BIGINT       NOT NULL,
    expires_at       BIGINT       NOT NULL,
    CONSTRAINT pk_lti_launch_session PRIMARY KEY (session_hash)
);

CREATE INDEX ix_lti_launch_session_expires ON lti_launch_session (expires_at);
