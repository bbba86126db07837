-- 人事異動の一括適用: one row per applied batch (the list uploaded through the import pipeline), named by the
-- staff_membership rows it wrote (staff_membership.batch_id). In training's range (V150–V159) because the batch was
-- built with the training module (issue 13) and a version below the ones applied already would not run.
CREATE TABLE personnel_batch (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    rows_count  INT          NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_personnel_batch_tenant ON personnel_batch (tenant_id, applied_at);
CREATE INDEX ix_staff_membership_batch ON staff_membership (tenant_id, batch_id);

-- A list the demo town keeps ready for its 人事異動 page, so that a visitor can preview it without a file at hand.
CREATE TABLE personnel_sample (
    tenant_id   UUID PRIMARY KEY,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL
);
