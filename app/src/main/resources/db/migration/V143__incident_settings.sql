-- A tenant's own severity scale for triage and its reporting deadlines (days after discovery). No row: the defaults
-- (高・中・低; 速報 3, 確報 30, 60 where malice is suspected).
CREATE TABLE incident_settings (
    tenant_id          UUID PRIMARY KEY,
    severity_scale     VARCHAR(500) NOT NULL,
    preliminary_days   INTEGER      NOT NULL,
    final_days         INTEGER      NOT NULL,
    final_days_malice  INTEGER      NOT NULL,
    version            BIGINT       NOT NULL
);
