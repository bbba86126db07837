-- Incidents (seed 6(6)) and the reporting obligations derived from their facts.
CREATE TABLE incident (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    unit_id          UUID,
    reported_by      VARCHAR(250)  NOT NULL,
    reporter_name    VARCHAR(200)  NOT NULL,
    contact          VARCHAR(200)  NOT NULL,
    on_behalf_of     VARCHAR(200)  NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    what_happened    VARCHAR(4000) NOT NULL,
    discovered_on    DATE          NOT NULL,
    affected         VARCHAR(1000) NOT NULL,
    personal_data    BOOLEAN       NOT NULL,
    people_affected  INT           NOT NULL,
    sensitive_data   BOOLEAN       NOT NULL,
    my_number_data   BOOLEAN       NOT NULL,
    malice_suspected BOOLEAN       NOT NULL,
    financial_harm   BOOLEAN       NOT NULL,
    lost_device      BOOLEAN       NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    severity         VARCHAR(40),
    cause            VARCHAR(4000),
    prevention       VARCHAR(4000),
    closed_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_incident_state CHECK (state IN ('REPORTED', 'RECEIVED', 'INVESTIGATING', 'CONTAINED', 'RECOVERED',
        'PREVENTING', 'CLOSED'))
);
CREATE INDEX ix_incident_tenant_state ON incident (tenant_id, state, reported_at);
CREATE INDEX ix_incident_reporter ON incident (tenant_id, reported_by);

CREATE TABLE incident_obligation (
    incident_id          UUID          NOT NULL REFERENCES incident (id),
    body                 VARCHAR(20)   NOT NULL,
    tenant_id            UUID          NOT NULL,
    reasons              VARCHAR(200)  NOT NULL,
    preliminary_due      DATE          NOT NULL,
    final_due            DATE,
    withdrawn            BOOLEAN       NOT NULL,
    preliminary_sent_at  TIMESTAMP WITH TIME ZONE,
    preliminary_sent_by  VARCHAR(250),
    preliminary_note     VARCHAR(1000),
    final_sent_at        TIMESTAMP WITH TIME ZONE,
    final_sent_by        VARCHAR(250),
    final_note           VARCHAR(1000),
    PRIMARY KEY (incident_id, body)
);
CREATE INDEX ix_incident_obligation_tenant ON incident_obligation (tenant_id, withdrawn);
