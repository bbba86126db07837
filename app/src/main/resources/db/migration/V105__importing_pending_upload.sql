-- Uploads waiting between an import's preview and its confirmation, for every register (the import pipeline).
-- In the database, not the HTTP session, so that another app node can confirm what one previewed.
CREATE TABLE import_pending_upload (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    account_id  UUID         NOT NULL,
    import_kind VARCHAR(60)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL,
    basis_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_pending_upload_expiry ON import_pending_upload (expires_at);
CREATE INDEX import_pending_upload_tenant ON import_pending_upload (tenant_id, account_id);
