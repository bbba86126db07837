-- The mail gateway's reports (issue 16): per-tenant daily counts and the held or blocked mails, sent by the
-- gateway with a service token (scope gateway:report). Metadata only: the originals stay at the gateway.
CREATE TABLE gateway_daily_count (
    tenant_id UUID        NOT NULL,
    report_day DATE       NOT NULL,
    verdict   VARCHAR(20) NOT NULL,
    mails     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, report_day, verdict),
    CONSTRAINT ck_gateway_daily_count_verdict CHECK (verdict IN ('CLEAN', 'SANITISED', 'BLOCKED'))
);

CREATE TABLE gateway_held_mail (
    tenant_id     UUID          NOT NULL,
    reference     VARCHAR(30)   NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    verdict       VARCHAR(20)   NOT NULL,
    sender_domain VARCHAR(255)  NOT NULL,
    subject       VARCHAR(300),
    reason        VARCHAR(500),
    recipients    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (tenant_id, reference),
    CONSTRAINT ck_gateway_held_mail_verdict CHECK (verdict IN ('SANITISED', 'BLOCKED'))
);
CREATE INDEX ix_gateway_held_mail_received ON gateway_held_mail (tenant_id, received_at);

-- Event ids already counted, so a batch the gateway sends twice (no answer the first time) counts once.
CREATE TABLE gateway_report_event (
    tenant_id   UUID         NOT NULL,
    event_id    VARCHAR(80)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, event_id)
);
