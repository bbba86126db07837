-- Signed checkpoints of the trail (C2SP tlog-checkpoint notes), one per tree size.
CREATE TABLE trail_checkpoint (
    size          BIGINT NOT NULL PRIMARY KEY,
    root          BYTEA NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    key_name      VARCHAR(200) NOT NULL,
    key_id        BYTEA NOT NULL,
    signature     BYTEA NOT NULL,
    -- the right edge of the tree at this size (CompactRange), so the next checkpoint reads only new leaves
    compact_range BYTEA NOT NULL,
    note          VARCHAR(2000) NOT NULL
);

-- Names the log in the checkpoints' origin line (mamori.trail/<installation id>); set on first use.
ALTER TABLE trail_head ADD COLUMN installation_id UUID;

-- The viewer lists a tenant's entries newest first.
CREATE INDEX trail_entry_tenant_seq_idx ON trail_entry (tenant_id, seq);
