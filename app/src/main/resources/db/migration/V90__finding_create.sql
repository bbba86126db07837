-- The open findings (要確認事項) of every automatic check: a source's rows are replaced each time it publishes.
CREATE TABLE finding_open (
    id           UUID PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    source       VARCHAR(60)   NOT NULL,
    audience     VARCHAR(60)   NOT NULL,
    rule_id      VARCHAR(100)  NOT NULL,
    basis        VARCHAR(40)   NOT NULL,
    severity     VARCHAR(10)   NOT NULL,
    message_key  VARCHAR(200)  NOT NULL,
    arguments    VARCHAR(4000) NOT NULL,
    evaluated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_finding_open_source ON finding_open (tenant_id, source);

CREATE TABLE finding_subject (
    finding_id  UUID          NOT NULL REFERENCES finding_open (id),
    position    INT           NOT NULL,
    tenant_id   UUID          NOT NULL,
    module      VARCHAR(40)   NOT NULL,
    object_type VARCHAR(60)   NOT NULL,
    object_id   VARCHAR(100)  NOT NULL,
    label       VARCHAR(300)  NOT NULL,
    PRIMARY KEY (finding_id, position)
);
