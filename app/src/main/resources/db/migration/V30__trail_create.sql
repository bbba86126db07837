-- The audit trail: one row per change, hash-chained (see jp.mamori.trail.CanonicalEncoding).
CREATE TABLE trail_entry (
    seq            BIGINT NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    tenant_id      UUID,
    actor_kind     VARCHAR(20) NOT NULL,
    actor_id       VARCHAR(100) NOT NULL,
    actor_name     VARCHAR(200) NOT NULL,
    action         VARCHAR(100) NOT NULL,
    object_type    VARCHAR(100) NOT NULL,
    object_id      VARCHAR(100),
    summary        VARCHAR(4000),
    source_address VARCHAR(100) NOT NULL,
    request_id     VARCHAR(64) NOT NULL,
    enc_version    SMALLINT NOT NULL,
    leaf_hash      BYTEA NOT NULL,
    chain_hash     BYTEA NOT NULL
);
CREATE INDEX trail_entry_tenant_time_idx ON trail_entry (tenant_id, occurred_at);

-- The single serialisation point for writers: locked FOR UPDATE by every append.
CREATE TABLE trail_head (
    id               INT NOT NULL PRIMARY KEY,
    last_seq         BIGINT NOT NULL,
    last_chain_hash  BYTEA,          -- null before the first entry: the chain starts from 32 zero bytes
    last_occurred_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO trail_head (id, last_seq) VALUES (1, 0);
