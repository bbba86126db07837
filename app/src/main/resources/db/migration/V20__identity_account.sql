-- Accounts (identity module): one per staff member who signs in. Passwords are Argon2id hashes; the TOTP
-- secret is AES-GCM ciphertext under a key kept outside the database (see jp.mamori.identity.SecretBox).
CREATE TABLE account (
    id              UUID NOT NULL PRIMARY KEY,
    tenant_id       UUID NOT NULL,
    staff_id        UUID NOT NULL,
    login_name      VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(500) NOT NULL,
    administrator   BOOLEAN NOT NULL,
    enabled         BOOLEAN NOT NULL,
    totp_secret     BYTEA,
    totp_enrolled_at TIMESTAMP WITH TIME ZONE,
    -- The last TOTP time-step accepted: a code of this step or an earlier one is refused (replay).
    totp_last_step  BIGINT NOT NULL DEFAULT 0,
    failed_streak   INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    -- Raised whenever what the account may do changes (appointments, admin rights, disabling), so that
    -- signed-in sessions re-derive their permissions on their next request.
    authz_version   BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT account_login_name_uk UNIQUE (login_name),
    CONSTRAINT account_staff_uk UNIQUE (tenant_id, staff_id)
);
CREATE INDEX account_tenant_idx ON account (tenant_id);

-- Failed sign-in attempts of the last hour, for the hourly cap per account.
CREATE TABLE account_failure (
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_failure_idx ON account_failure (account_id, failed_at);

-- Single-use recovery codes (≥ 112 bits each, so SHA-256 is enough).
CREATE TABLE account_recovery_code (
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    tenant_id  UUID NOT NULL,
    code_hash  BYTEA NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_recovery_code_pk PRIMARY KEY (account_id, code_hash)
);

-- One-time setup links (first administrator, and accounts an administrator creates): SHA-256 of the token.
CREATE TABLE setup_token (
    token_hash BYTEA NOT NULL PRIMARY KEY,
    tenant_id  UUID,
    staff_id   UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

-- Personal API tokens for /api/v1: SHA-256 of the token, never the token.
CREATE TABLE api_token (
    id           UUID NOT NULL PRIMARY KEY,
    tenant_id    UUID NOT NULL,
    account_id   UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_token_account_idx ON api_token (tenant_id, account_id);
