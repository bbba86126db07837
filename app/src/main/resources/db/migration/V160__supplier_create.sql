-- 業務委託と外部サービス (seed 6(7)): contractors with their sub-contractors, contracts with the checklist of
-- security clauses and periodic checks, cloud services, and the town's social-media accounts.
CREATE TABLE supplier_contractor (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    unit_id              UUID          NOT NULL,
    work                 VARCHAR(1000) NOT NULL,
    contact_name         VARCHAR(200)  NOT NULL,
    contact_email        VARCHAR(254)  NOT NULL,
    isms_expires_on      DATE,
    privacy_mark_expires_on DATE,
    staff_with_access    VARCHAR(2000) NOT NULL,
    version              BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_supplier_contractor_name ON supplier_contractor (tenant_id, name);

CREATE TABLE supplier_subcontractor (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    contractor_id UUID          NOT NULL REFERENCES supplier_contractor (id),
    name          VARCHAR(200)  NOT NULL,
    work          VARCHAR(1000) NOT NULL,
    approved_on   DATE,
    same_duties   BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_supplier_subcontractor ON supplier_subcontractor (tenant_id, contractor_id);

CREATE TABLE supplier_contract (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    contractor_id UUID          NOT NULL REFERENCES supplier_contractor (id),
    title         VARCHAR(200)  NOT NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    clauses       VARCHAR(1000) NOT NULL,
    deletion_certified_on DATE,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_supplier_contract ON supplier_contract (tenant_id, contractor_id);

CREATE TABLE supplier_periodic_check (
    id           UUID PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    contract_id  UUID          NOT NULL REFERENCES supplier_contract (id),
    title        VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    due_on       DATE          NOT NULL,
    answers      VARCHAR(4000),
    remarks      VARCHAR(4000),
    answered_by  VARCHAR(200),
    answered_at  TIMESTAMP WITH TIME ZONE,
    version      BIGINT        NOT NULL,
    CONSTRAINT ck_supplier_check_kind CHECK (kind IN ('QUESTIONNAIRE', 'ON_SITE'))
);
CREATE INDEX ix_supplier_periodic_check ON supplier_periodic_check (tenant_id, contract_id);

CREATE TABLE supplier_cloud_service (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    provider         VARCHAR(200)  NOT NULL,
    service          VARCHAR(200)  NOT NULL,
    unit_id          UUID          NOT NULL,
    ismap_registered BOOLEAN       NOT NULL,
    ismap_expires_on DATE,
    data_location    VARCHAR(200)  NOT NULL,
    allowed_class    VARCHAR(20)   NOT NULL,
    terms_of_service BOOLEAN       NOT NULL,
    approved_on      DATE,
    exit_plan        VARCHAR(2000) NOT NULL,
    version          BIGINT        NOT NULL
);

CREATE TABLE supplier_asset_link (
    tenant_id  UUID        NOT NULL,
    owner_kind VARCHAR(20) NOT NULL,
    owner_id   UUID        NOT NULL,
    asset_id   UUID        NOT NULL,
    PRIMARY KEY (owner_id, asset_id),
    CONSTRAINT ck_supplier_asset_owner CHECK (owner_kind IN ('CONTRACTOR', 'CLOUD'))
);
CREATE INDEX ix_supplier_asset_link ON supplier_asset_link (tenant_id, owner_kind);

CREATE TABLE supplier_social_account (
    id                UUID PRIMARY KEY,
    tenant_id         UUID          NOT NULL,
    platform          VARCHAR(100)  NOT NULL,
    account_name      VARCHAR(200)  NOT NULL,
    url               VARCHAR(500)  NOT NULL,
    unit_id           UUID          NOT NULL,
    responsible_staff_id UUID,
    procedure_title   VARCHAR(200)  NOT NULL,
    listed_on_website BOOLEAN       NOT NULL,
    second_factor     BOOLEAN       NOT NULL,
    credential_holder VARCHAR(200)  NOT NULL,
    last_activity_on  DATE,
    version           BIGINT        NOT NULL
);
