-- Measures catalogue: per tenant, the statement of applicability (one row per measure the tenant has touched; a
-- missing row means 適用, 未着手), the per-measure change history and the evidence (files and links).
-- The catalogue content itself is versioned data in the app's resources, referred to by measure_id.
-- Every row carries tenant_id and every query filters by it.
CREATE TABLE catalog_applicability (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    measure_id    VARCHAR(40)   NOT NULL,
    edition       VARCHAR(20)   NOT NULL,
    applicability VARCHAR(20)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    owner_role    VARCHAR(40),
    owner_unit_id UUID,
    local_article VARCHAR(60)   NOT NULL,
    notes         VARCHAR(2000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_catalog_applicability UNIQUE (tenant_id, measure_id),
    CONSTRAINT ck_catalog_owner CHECK (owner_role IS NULL OR owner_unit_id IS NULL),
    CONSTRAINT ck_catalog_status CHECK ((applicability = 'NOT_APPLICABLE' AND status = 'NOT_APPLICABLE')
        OR (applicability = 'APPLICABLE' AND status IN ('NOT_STARTED', 'PARTIAL', 'IMPLEMENTED')))
);

CREATE TABLE catalog_measure_change (
    id         UUID PRIMARY KEY,
    tenant_id  UUID          NOT NULL,
    measure_id VARCHAR(40)   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(200)  NOT NULL,
    action     VARCHAR(60)   NOT NULL,
    summary    VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_catalog_change ON catalog_measure_change (tenant_id, measure_id, changed_at);

-- A file (stored under data-dir/evidence/<tenant>/<storage_key>, written before this row) or a link.
CREATE TABLE catalog_evidence (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    measure_id  VARCHAR(40)   NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    file_name   VARCHAR(255),
    media_type  VARCHAR(100),
    size_bytes  BIGINT,
    sha256      VARCHAR(64),
    storage_key VARCHAR(64),
    url         VARCHAR(2000),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(200)  NOT NULL,
    CONSTRAINT ck_catalog_evidence CHECK ((kind = 'FILE' AND storage_key IS NOT NULL AND sha256 IS NOT NULL
        AND file_name IS NOT NULL AND size_bytes IS NOT NULL) OR (kind = 'LINK' AND url IS NOT NULL))
);
CREATE INDEX ix_catalog_evidence ON catalog_evidence (tenant_id, measure_id, added_at);
