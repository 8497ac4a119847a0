-- Who handles grievances for each tenant (platform issuer and deployment): the grievance committee
-- chair and optionally a deputy chair, each an administrator of that platform who took the seat in the
-- tool, with the name and e-mail address members see when they raise a concern. tenant_key is the
-- SHA-256 (hex) of issuer and deployment_id; seat is CHAIR or DEPUTY. Instants are epoch milliseconds.
CREATE TABLE lti_grievance_committee (
    tenant_key    VARCHAR(64)  NOT NULL,
    seat          VARCHAR(16)  NOT NULL,
    issuer        VARCHAR(255) NOT NULL,
    deployment_id VARCHAR(255) NOT NULL,
    member_id     VARCHAR(64)  NOT NULL,
    person_name   VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    updated_at    BIGINT       NOT NULL,
    CONSTRAINT pk_lti_grievance_committee PRIMARY KEY (tenant_key, seat),
    CONSTRAINT ck_lti_grievance_committee_seat CHECK (seat IN ('CHAIR', 'DEPUTY'))
);
