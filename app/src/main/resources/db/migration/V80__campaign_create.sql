-- 依頼 (campaign module): the engine behind 読了確認, 自己点検, 研修 and contractor checks. A campaign asks a set of
-- staff for one item each by a due date; which module runs it is its purpose, what it is about (a policy revision, a
-- checklist) is subject_id, a pointer into that module's own tables.
CREATE TABLE campaign (
    id               UUID NOT NULL PRIMARY KEY,
    tenant_id        UUID NOT NULL,
    purpose          VARCHAR(50) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    subject_id       UUID,
    -- The target: everyone, or the chosen units (with their sub-units); optionally only some staff kinds; plus the
    -- holders of chosen security roles and the respondents of chosen information systems. Comma-separated.
    target_all       BOOLEAN NOT NULL,
    target_units     VARCHAR(4000) NOT NULL,
    target_kinds     VARCHAR(200) NOT NULL,
    target_roles     VARCHAR(1000) NOT NULL,
    target_systems   VARCHAR(4000) NOT NULL,
    due_on           DATE NOT NULL,
    state            VARCHAR(10) NOT NULL,
    started_on       DATE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    reminder_round   INT NOT NULL,
    last_reminded_at TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX campaign_tenant_idx ON campaign (tenant_id, purpose, created_at);
CREATE INDEX campaign_open_idx ON campaign (tenant_id, state, due_on);

-- One item per person asked: taken when the campaign starts (and when newly targeted staff are added), with the unit
-- the person belonged to then, so that progress by unit stays put when someone moves. answer_id points to the using
-- module's record of the answer (a confirmation, or a sheet that holds many answers).
CREATE TABLE campaign_item (
    tenant_id    UUID NOT NULL,
    campaign_id  UUID NOT NULL REFERENCES campaign (id),
    staff_id     UUID NOT NULL,
    unit_id      UUID NOT NULL,
    added_on     DATE NOT NULL,
    -- PENDING, IN_PROGRESS, SUBMITTED, RETURNED, ACCEPTED, DONE
    state        VARCHAR(20) NOT NULL,
    answer_id    UUID,
    submitted_at TIMESTAMP WITH TIME ZONE,
    submitted_by UUID,
    reviewed_at  TIMESTAMP WITH TIME ZONE,
    reviewed_by  UUID,
    review_note  VARCHAR(2000),
    version      BIGINT NOT NULL,
    CONSTRAINT campaign_item_pk PRIMARY KEY (campaign_id, staff_id)
);
CREATE INDEX campaign_item_staff_idx ON campaign_item (tenant_id, staff_id);
