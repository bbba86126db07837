-- Corrective actions (改善措置) opened by risk, incident, inspection and audit; one shared table.
CREATE TABLE corrective_action (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    source_module VARCHAR(40)   NOT NULL,
    source_type   VARCHAR(60)   NOT NULL,
    source_id     VARCHAR(100)  NOT NULL,
    source_label  VARCHAR(300)  NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    owner_unit_id UUID          NOT NULL,
    due_date      DATE          NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    completed_by  VARCHAR(250),
    completed_at  TIMESTAMP WITH TIME ZONE,
    verified_by   VARCHAR(250),
    verified_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT ck_corrective_action_state CHECK (state IN ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'))
);
CREATE INDEX ix_corrective_action_due ON corrective_action (tenant_id, state, due_date);
CREATE INDEX ix_corrective_action_source ON corrective_action (tenant_id, source_module, source_type, source_id);

CREATE TABLE corrective_action_note (
    action_id  UUID          NOT NULL REFERENCES corrective_action (id),
    position   INT           NOT NULL,
    tenant_id  UUID          NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by VARCHAR(250)  NOT NULL,
    by_name    VARCHAR(200)  NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (action_id, position)
);
