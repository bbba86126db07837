-- Service tokens (サービストークン): credentials of machines that report to the app, such as the mail gateway. They
-- belong to no account. tenant_id NULL means installation-wide (issued only by the server's own command). Only the
-- SHA-256 of the 256-bit token is kept; scopes are their codes separated by spaces, for example 'gateway:report'.
CREATE TABLE service_token (
    id           UUID NOT NULL PRIMARY KEY,
    tenant_id    UUID,
    name         VARCHAR(100) NOT NULL,
    scopes       VARCHAR(500) NOT NULL,
    token_hash   BYTEA NOT NULL,
    -- Who issued it, as the trail names actors.
    issued_by    VARCHAR(300) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT service_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX service_token_tenant_idx ON service_token (tenant_id, created_at);
