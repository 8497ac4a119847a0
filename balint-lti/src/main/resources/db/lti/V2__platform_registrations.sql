-- Platforms the tool is registered with: one row per issuer + client_id (Canvas Cloud shares one
-- issuer across every developer key, so the issuer alone is not unique), and the deployments of the
-- tool each registration accepts launches from. Instants are epoch milliseconds.
CREATE TABLE lti_platform_registration (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    issuer            VARCHAR(255)  NOT NULL,
    client_id         VARCHAR(255)  NOT NULL,
    authorization_url VARCHAR(2000) NOT NULL,
    token_url         VARCHAR(2000) NOT NULL,
    jwks_url          VARCHAR(2000) NOT NULL,
    -- the aud of client assertions for the token endpoint, when the platform wants one other than token_url
    token_audience    VARCHAR(2000),
    label             VARCHAR(255)  NOT NULL,
    preset            VARCHAR(32)   NOT NULL,
    created_at        BIGINT        NOT NULL,
    updated_at        BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT lti_platform_registration_issuer_client UNIQUE (issuer, client_id)
);

CREATE TABLE lti_platform_deployment (
    registration_id BIGINT       NOT NULL,
    deployment_id   VARCHAR(255) NOT NULL,
    CONSTRAINT lti_platform_deployment_pk PRIMARY KEY (registration_id, deployment_id),
    CONSTRAINT lti_platform_deployment_registration FOREIGN KEY (registration_id)
        REFERENCES lti_platform_registration (id)
);

-- One row counting every change to the two tables above, so each server node can tell with one
-- small read whether its cached copy of the registry is still current.
CREATE TABLE lti_platform_registry_generation (
    id         SMALLINT NOT NULL PRIMARY KEY,
    generation BIGINT   NOT NULL,
    CONSTRAINT lti_platform_registry_generation_single CHECK (id = 1)
);

INSERT INTO lti_platform_registry_generation (id, generation) VALUES (1, 0);
