-- The time zone each person chose for the schedule in the JSON API (an IANA zone id), one row per
-- platform registration (issuer, client_id) and Balint member; without a row the group's own zone is
-- used. preference_key is the SHA-256 (hex) of issuer, client_id and member_id. Instants are epoch
-- milliseconds.
CREATE TABLE lti_time_zone_preference (
    preference_key VARCHAR(64)  NOT NULL,
    issuer         VARCHAR(255) NOT NULL,
    client_id      VARCHAR(255) NOT NULL,
    member_id      VARCHAR(64)  NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    updated_at     BIGINT       NOT NULL,
    CONSTRAINT pk_lti_time_zone_preference PRIMARY KEY (preference_key)
);
