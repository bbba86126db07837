-- The three-tier separation (seed 6(2)): segments, systems and terminal groups placed in them, and declared flows.
CREATE TABLE network_segment (
    id                UUID PRIMARY KEY,
    tenant_id         UUID          NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    area              VARCHAR(40)   NOT NULL,
    addresses         VARCHAR(1000) NOT NULL,
    tenant_restricted BOOLEAN       NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    version           INT           NOT NULL,
    CONSTRAINT uq_network_segment_name UNIQUE (tenant_id, name)
);

CREATE TABLE network_system (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    segment_id  UUID          NOT NULL REFERENCES network_segment (id),
    asset_id    UUID,
    address     VARCHAR(100)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    version     INT           NOT NULL,
    CONSTRAINT uq_network_system_name UNIQUE (tenant_id, name)
);

CREATE TABLE network_terminal_group (
    id                     UUID PRIMARY KEY,
    tenant_id              UUID          NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    segment_id             UUID          NOT NULL REFERENCES network_segment (id),
    terminal_count         INT           NOT NULL,
    factors                INT           NOT NULL,
    external_media         VARCHAR(20)   NOT NULL,
    epp                    BOOLEAN       NOT NULL,
    edr                    BOOLEAN       NOT NULL,
    screen_transfer_client BOOLEAN       NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    version                INT           NOT NULL,
    CONSTRAINT uq_network_terminal_name UNIQUE (tenant_id, name)
);

CREATE TABLE network_flow (
    id              UUID PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    from_segment_id UUID          NOT NULL REFERENCES network_segment (id),
    from_system_id  UUID REFERENCES network_system (id),
    to_segment_id   UUID          NOT NULL REFERENCES network_segment (id),
    to_system_id    UUID REFERENCES network_system (id),
    protocol        VARCHAR(20)   NOT NULL,
    ports           VARCHAR(200)  NOT NULL,
    purpose         VARCHAR(500)  NOT NULL,
    path            VARCHAR(20)   NOT NULL,
    sanitiser       VARCHAR(200)  NOT NULL,
    version         INT           NOT NULL
);
CREATE INDEX ix_network_flow_tenant ON network_flow (tenant_id);
CREATE INDEX ix_network_system_tenant ON network_system (tenant_id);
CREATE INDEX ix_network_terminal_tenant ON network_terminal_group (tenant_id);
