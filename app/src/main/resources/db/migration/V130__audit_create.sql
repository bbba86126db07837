-- Audit (監査): engagements with their scope units and auditors, and findings.
CREATE TABLE audit_engagement (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    period_from DATE          NOT NULL,
    period_to   DATE          NOT NULL,
    criteria    VARCHAR(2000) NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT ck_audit_engagement_state CHECK (state IN ('PLANNED', 'FIELDWORK', 'REPORTED'))
);

CREATE TABLE audit_scope_unit (
    engagement_id UUID NOT NULL REFERENCES audit_engagement (id),
    tenant_id     UUID NOT NULL,
    unit_id       UUID NOT NULL,
    PRIMARY KEY (engagement_id, unit_id)
);

CREATE TABLE audit_auditor (
    engagement_id UUID NOT NULL REFERENCES audit_engagement (id),
    tenant_id     UUID NOT NULL,
    staff_id      UUID NOT NULL,
    PRIMARY KEY (engagement_id, staff_id)
);

CREATE TABLE audit_finding (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    engagement_id        UUID          NOT NULL REFERENCES audit_engagement (id),
    unit_id              UUID          NOT NULL,
    severity             VARCHAR(20)   NOT NULL,
    criterion            VARCHAR(1000) NOT NULL,
    condition_text       VARCHAR(2000) NOT NULL,
    recommendation       VARCHAR(2000) NOT NULL,
    corrective_action_id UUID,
    version              BIGINT        NOT NULL
);
CREATE INDEX ix_audit_finding_engagement ON audit_finding (tenant_id, engagement_id);
