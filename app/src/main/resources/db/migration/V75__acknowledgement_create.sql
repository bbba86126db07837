-- 読了確認 (acknowledgement module, seed 5): campaigns that ask staff to read one approved policy revision, the
-- snapshot of whom each campaign asks, and each confirmation bound to the exact revision that was read.
CREATE TABLE ack_campaign (
    id             UUID NOT NULL PRIMARY KEY,
    tenant_id      UUID NOT NULL,
    title          VARCHAR(200) NOT NULL,
    revision_id    UUID NOT NULL,
    -- The target: everyone, or the chosen units (with their sub-units); optionally only some staff kinds.
    target_all     BOOLEAN NOT NULL,
    target_units   VARCHAR(4000) NOT NULL,
    target_kinds   VARCHAR(200) NOT NULL,
    due_on         DATE NOT NULL,
    state          VARCHAR(10) NOT NULL,
    started_on     DATE,
    closed_at      TIMESTAMP WITH TIME ZONE,
    reminder_round INT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT NOT NULL
);
CREATE INDEX ack_campaign_tenant_idx ON ack_campaign (tenant_id, created_at);

-- Whom a campaign asks: taken when it starts (and when newly targeted staff are added), with the unit the
-- person belonged to then, so that progress by unit stays put when someone moves.
CREATE TABLE ack_request (
    tenant_id   UUID NOT NULL,
    campaign_id UUID NOT NULL REFERENCES ack_campaign (id),
    staff_id    UUID NOT NULL,
    unit_id     UUID NOT NULL,
    added_on    DATE NOT NULL,
    CONSTRAINT ack_request_pk PRIMARY KEY (campaign_id, staff_id)
);
CREATE INDEX ack_request_staff_idx ON ack_request (tenant_id, staff_id);

-- One confirmation per person and campaign, bound to the revision read; kept when newer revisions appear.
CREATE TABLE acknowledgement (
    id           UUID NOT NULL PRIMARY KEY,
    tenant_id    UUID NOT NULL,
    campaign_id  UUID NOT NULL REFERENCES ack_campaign (id),
    staff_id     UUID NOT NULL,
    revision_id  UUID NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id   UUID NOT NULL,
    CONSTRAINT acknowledgement_uk UNIQUE (campaign_id, staff_id)
);
CREATE INDEX acknowledgement_staff_idx ON acknowledgement (tenant_id, staff_id, revision_id);
