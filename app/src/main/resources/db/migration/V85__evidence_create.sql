-- The evidence store of every module (it lived in the catalogue as catalog_evidence until now).
-- A file (stored under data-dir/evidence/<tenant>/<storage_key>, written before this row) or a link, attached to an
-- owner object of another module: (owner_module, owner_type, owner_id), as the trail names objects.
CREATE TABLE evidence_item (
    id           UUID PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    owner_module VARCHAR(40)   NOT NULL,
    owner_type   VARCHAR(60)   NOT NULL,
    owner_id     VARCHAR(100)  NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    file_name    VARCHAR(255),
    media_type   VARCHAR(100),
    size_bytes   BIGINT,
    sha256       VARCHAR(64),
    storage_key  VARCHAR(64),
    url          VARCHAR(2000),
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by     VARCHAR(200)  NOT NULL,
    CONSTRAINT ck_evidence_item CHECK ((kind = 'FILE' AND storage_key IS NOT NULL AND sha256 IS NOT NULL
        AND file_name IS NOT NULL AND size_bytes IS NOT NULL) OR (kind = 'LINK' AND url IS NOT NULL))
);
CREATE INDEX ix_evidence_item_owner ON evidence_item (tenant_id, owner_module, owner_type, owner_id, added_at);

-- The catalogue's evidence moves here unchanged (same ids, same files under the same keys), then its table goes.
-- Both steps are in this one migration: a catalogue-range migration (V6x) would sort before this one and drop the
-- table before its rows were copied.
INSERT INTO evidence_item (id, tenant_id, owner_module, owner_type, owner_id, kind, title, file_name, media_type,
        size_bytes, sha256, storage_key, url, added_at, added_by)
    SELECT id, tenant_id, 'catalog', 'Measure', measure_id, kind, title, file_name, media_type, size_bytes, sha256,
        storage_key, url, added_at, added_by
    FROM catalog_evidence;
DROP TABLE catalog_evidence;
