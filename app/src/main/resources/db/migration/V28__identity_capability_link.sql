-- Capability links (限定リンク): a link for one purpose and one object, for people without an account (an external
-- auditor, a contractor answering a periodic check). Only the SHA-256 of the 256-bit token is kept. A link works
-- while it is neither revoked nor expired, and only where its purpose's pages ask for that purpose.
CREATE TABLE capability_link (
    id           UUID NOT NULL PRIMARY KEY,
    tenant_id    UUID NOT NULL,
    purpose      VARCHAR(40) NOT NULL,
    object_id    UUID NOT NULL,
    token_hash   BYTEA NOT NULL,
    -- Who issued it, as the trail names actors.
    issued_by    VARCHAR(300) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT capability_link_hash_uk UNIQUE (token_hash)
);
CREATE INDEX capability_link_object_idx ON capability_link (tenant_id, purpose, object_id);
