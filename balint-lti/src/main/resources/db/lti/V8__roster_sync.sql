-- Where each placement's roster sync stands: when a sync last started (the throttle every node
-- checks), when one last finished, the platform's differences link from the last full read, and the
-- outcome of the last sync. One row per placement, keyed like lti_placement_endpoints.
-- Instants are epoch milliseconds; finished_at and differences_url are NULL until known.
-- outcome: 'synced' or a reason code (e.g. roster-response-malformed); detail: the sentence shown to
-- leaders. The counts describe the last successful sync. No names or e-mail addresses are kept here.
CREATE TABLE lti_roster_sync (
    placement_key      VARCHAR(64)   NOT NULL,
    started_at         BIGINT        NOT NULL,
    finished_at        BIGINT,
    differences_url    VARCHAR(2048),
    outcome            VARCHAR(64)   NOT NULL,
    detail             VARCHAR(1000) NOT NULL,
    co_leaders_added   INTEGER       NOT NULL,
    members_left       INTEGER       NOT NULL,
    members_unchanged  INTEGER       NOT NULL,
    not_registered     INTEGER       NOT NULL,
    CONSTRAINT pk_lti_roster_sync PRIMARY KEY (placement_key)
);
