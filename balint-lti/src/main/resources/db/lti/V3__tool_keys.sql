-- The tool's own RSA signing keys, shared by every server node. The private JWK is stored encrypted
-- (compact JWE, dir + A256GCM under the key-encryption secret); the public JWK is stored as it is
-- published. Exactly one key is active: its "active" column holds 1, every other key's holds NULL,
-- and the unique constraint lets a node create the first key or rotate only if no other node did so
-- first. A retired key stays published until expires_at (retired_at plus the overlap window), then is
-- deleted. Instants are epoch milliseconds.
CREATE TABLE lti_tool_key (
    kid          VARCHAR(64)   NOT NULL PRIMARY KEY,
    public_jwk   VARCHAR(2000) NOT NULL,
    private_jwk  VARCHAR(8000) NOT NULL,
    created_at   BIGINT        NOT NULL,
    activated_at BIGINT        NOT NULL,
    retired_at   BIGINT,
    expires_at   BIGINT,
    active       SMALLINT,
    CONSTRAINT lti_tool_key_one_active UNIQUE (active),
    CONSTRAINT lti_tool_key_active_marker CHECK (active = 1),
    CONSTRAINT lti_tool_key_retirement CHECK ((active = 1 AND retired_at IS NULL AND expires_at IS NULL)
        OR (active IS NULL AND retired_at IS NOT NULL AND expires_at IS NOT NULL))
);
