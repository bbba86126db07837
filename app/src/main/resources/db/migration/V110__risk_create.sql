-- The risk register (seed 3, 8): a tenant's scales, its risks with their latest assessment and acceptance, and
-- the catalogue measures chosen to mitigate each risk with their status at the time of the assessment.
CREATE TABLE risk_scales (
    tenant_id  UUID          PRIMARY KEY,
    definition VARCHAR(8000) NOT NULL,
    version    BIGINT        NOT NULL
);

CREATE TABLE risk (
    id                    UUID          PRIMARY KEY,
    tenant_id             UUID          NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    threat_ids            VARCHAR(500)  NOT NULL,
    own_threat            VARCHAR(200)  NOT NULL,
    target                VARCHAR(20)   NOT NULL,
    asset_id              UUID,
    vulnerabilities       VARCHAR(2000) NOT NULL,
    owner_unit_id         UUID,
    status                VARCHAR(20)   NOT NULL,
    likelihood            INT,
    c_proposed            INT,
    c_chosen              INT,
    c_reason              VARCHAR(1000),
    i_proposed            INT,
    i_chosen              INT,
    i_reason              VARCHAR(1000),
    a_proposed            INT,
    a_chosen              INT,
    a_reason              VARCHAR(1000),
    treatment             VARCHAR(20),
    treatment_note        VARCHAR(2000),
    treatment_due         DATE,
    residual_likelihood   INT,
    residual_c            INT,
    residual_i            INT,
    residual_a            INT,
    inherent_column       INT,
    inherent_level        VARCHAR(20),
    residual_column       INT,
    residual_level        VARCHAR(20),
    assessment_number     INT           NOT NULL,
    assessed_by           UUID,
    assessed_at           TIMESTAMP WITH TIME ZONE,
    accepted_by           UUID,
    acceptance_rationale  VARCHAR(2000),
    acceptance_expires_on DATE,
    accepted_number       INT,
    accepted_at           TIMESTAMP WITH TIME ZONE,
    review_on             DATE,
    source                VARCHAR(300)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT ck_risk_status CHECK (status IN ('DRAFT', 'ASSESSED', 'ACCEPTED', 'REVIEW')),
    CONSTRAINT ck_risk_target CHECK (target IN ('ASSET', 'SYSTEM', 'ORGANISATION'))
);
CREATE INDEX ix_risk_tenant_level ON risk (tenant_id, residual_level, inherent_level);
CREATE INDEX ix_risk_tenant_asset ON risk (tenant_id, asset_id);
CREATE INDEX ix_risk_acceptance ON risk (tenant_id, status, acceptance_expires_on);

CREATE TABLE risk_measure (
    risk_id    UUID         NOT NULL REFERENCES risk (id),
    position   INT          NOT NULL,
    tenant_id  UUID         NOT NULL,
    measure_id VARCHAR(40)  NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (risk_id, position)
);
CREATE INDEX ix_risk_measure_tenant ON risk_measure (tenant_id, measure_id);
