-- 情報資産台帳: information assets with their classification, the holdings that make systems and media
-- inherit classes, the per-asset change history, the tenant's handling rules and pending imports.
-- Every row carries tenant_id and every query filters by it.
CREATE TABLE information_asset (
    id                      UUID PRIMARY KEY,
    tenant_id               UUID          NOT NULL,
    register_number         VARCHAR(40)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    name_kana               VARCHAR(400)  NOT NULL,
    kind                    VARCHAR(30)   NOT NULL,
    description             VARCHAR(2000) NOT NULL,
    owner_unit_id           UUID          NOT NULL,
    manager_staff_id        UUID,
    location                VARCHAR(200)  NOT NULL,
    zone                    VARCHAR(20),
    retention               VARCHAR(100)  NOT NULL,
    personal_info           BOOLEAN       NOT NULL,
    specific_personal_info  BOOLEAN       NOT NULL,
    sensitive_personal_info BOOLEAN       NOT NULL,
    people_count            INT,
    confidentiality         VARCHAR(10)   NOT NULL,
    confidentiality_rank    INT           NOT NULL,
    confidentiality_reason  VARCHAR(1000) NOT NULL,
    integrity               VARCHAR(10)   NOT NULL,
    integrity_reason        VARCHAR(1000) NOT NULL,
    availability            VARCHAR(10)   NOT NULL,
    availability_reason     VARCHAR(1000) NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    disposed_on             DATE,
    disposal_person         VARCHAR(100),
    disposal_method         VARCHAR(200),
    disposal_requested_by   VARCHAR(200),
    disposal_requester_id   UUID,
    disposal_approver_id    UUID,
    disposal_approver_name  VARCHAR(100),
    disposal_approved_at    TIMESTAMP WITH TIME ZONE,
    search_text             VARCHAR(800)  NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uq_asset_register_number UNIQUE (tenant_id, register_number),
    CONSTRAINT ck_asset_people CHECK (people_count IS NULL OR people_count >= 0)
);
-- One index per sort order and filter of the register list, so that a page stays fast at 50,000 rows.
CREATE INDEX ix_asset_name ON information_asset (tenant_id, name, register_number);
CREATE INDEX ix_asset_unit ON information_asset (tenant_id, owner_unit_id, register_number);
CREATE INDEX ix_asset_kind ON information_asset (tenant_id, kind, register_number);
CREATE INDEX ix_asset_zone ON information_asset (tenant_id, zone, register_number);
CREATE INDEX ix_asset_conf ON information_asset (tenant_id, confidentiality_rank, register_number);
CREATE INDEX ix_asset_updated ON information_asset (tenant_id, updated_at, register_number);
CREATE INDEX ix_asset_search ON information_asset (tenant_id, search_text);

-- A system or storage medium holds information assets and inherits their highest class on each axis.
CREATE TABLE asset_holding (
    tenant_id    UUID NOT NULL,
    container_id UUID NOT NULL,
    held_id      UUID NOT NULL,
    CONSTRAINT pk_asset_holding PRIMARY KEY (container_id, held_id),
    CONSTRAINT fk_holding_container FOREIGN KEY (container_id) REFERENCES information_asset (id),
    CONSTRAINT fk_holding_held FOREIGN KEY (held_id) REFERENCES information_asset (id)
);
CREATE INDEX ix_holding_held ON asset_holding (tenant_id, held_id);

-- What changed on an asset, when and by whom: the per-asset history (the trail holds the tamper-evident copy).
CREATE TABLE asset_change (
    id         UUID PRIMARY KEY,
    tenant_id  UUID          NOT NULL,
    asset_id   UUID          NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(200)  NOT NULL,
    action     VARCHAR(60)   NOT NULL,
    summary    VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_asset_change ON asset_change (tenant_id, asset_id, changed_at);

-- The tenant's own text of a handling rule; a missing row means the guideline's default applies.
CREATE TABLE handling_rule (
    id             UUID PRIMARY KEY,
    tenant_id      UUID          NOT NULL,
    handling_class VARCHAR(20)   NOT NULL,
    step           VARCHAR(20)   NOT NULL,
    rule_text      VARCHAR(2000) NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_handling_rule UNIQUE (tenant_id, handling_class, step)
);

-- An uploaded import file between its preview and its confirmation.
CREATE TABLE asset_import_upload (
    id         UUID PRIMARY KEY,
    tenant_id  UUID         NOT NULL,
    account_id UUID         NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    content    BYTEA        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
