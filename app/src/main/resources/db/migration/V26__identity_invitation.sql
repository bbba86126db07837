-- Account invitations (アカウントの招待): an administrator invites one staff member, who chooses a login name and a
-- password through the link. Only the SHA-256 of the 256-bit token is kept. An invitation is open while it is
-- neither accepted nor revoked nor expired; at most one is open per staff member (checked by the service).
CREATE TABLE account_invitation (
    id          UUID NOT NULL PRIMARY KEY,
    tenant_id   UUID NOT NULL,
    staff_id    UUID NOT NULL,
    token_hash  BYTEA NOT NULL,
    -- Who invited, as the trail names actors: 「name (kind:id)」.
    invited_by  VARCHAR(300) NOT NULL,
    -- The address the mail was queued for, or NULL when the link was handed over on screen.
    mailed_to   VARCHAR(320),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE,
    account_id  UUID,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT NOT NULL,
    CONSTRAINT account_invitation_token_uk UNIQUE (token_hash)
);
CREATE INDEX account_invitation_staff_idx ON account_invitation (tenant_id, staff_id);
