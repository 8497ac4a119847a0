-- The LMS services each placement's launches offer: where its course's gradebook columns are (AGS) and
-- where its course roster can be read (NRPS). Kept as the platform last sent them, so that work done
-- outside a launch (publishing credit results, syncing the roster) knows where to go.
-- One row per placement, keyed like lti_course_binding. Instants are epoch milliseconds.
-- line_items_url, line_item_url, memberships_url: NULL when the platform did not offer them.
-- ags_scopes: the AGS scopes granted, space separated ('' when none); nrps_versions likewise.
CREATE TABLE lti_placement_endpoints (
    placement_key    VARCHAR(64)   NOT NULL,
    issuer           VARCHAR(255)  NOT NULL,
    client_id        VARCHAR(255)  NOT NULL,
    deployment_id    VARCHAR(255)  NOT NULL,
    context_id       VARCHAR(255)  NOT NULL,
    resource_link_id VARCHAR(255)  NOT NULL,
    line_items_url   VARCHAR(2048),
    line_item_url    VARCHAR(2048),
    ags_scopes       VARCHAR(1024) NOT NULL,
    memberships_url  VARCHAR(2048),
    nrps_versions    VARCHAR(255)  NOT NULL,
    updated_at       BIGINT        NOT NULL,
    CONSTRAINT pk_lti_placement_endpoints PRIMARY KEY (placement_key)
);
