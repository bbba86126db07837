-- Self-inspection (自己点検): question sets drawn from the catalogue, and each respondent's answer sheet.
CREATE TABLE inspection_question_set (
    id         UUID PRIMARY KEY,
    tenant_id  UUID         NOT NULL,
    title      VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT       NOT NULL
);

CREATE TABLE inspection_question (
    id         UUID PRIMARY KEY,
    tenant_id  UUID          NOT NULL,
    set_id     UUID          NOT NULL REFERENCES inspection_question_set (id),
    position   INT           NOT NULL,
    chapter    VARCHAR(40)   NOT NULL,
    measure_id VARCHAR(40),
    text       VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_inspection_question_set ON inspection_question (tenant_id, set_id, position);

CREATE TABLE inspection_sheet (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    campaign_id UUID         NOT NULL,
    staff_id    UUID         NOT NULL,
    unit_id     UUID         NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by    VARCHAR(200) NOT NULL,
    accepted    BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_inspection_sheet UNIQUE (tenant_id, campaign_id, staff_id)
);
CREATE INDEX ix_inspection_sheet_accepted ON inspection_sheet (tenant_id, campaign_id, accepted);

CREATE TABLE inspection_answer (
    sheet_id    UUID          NOT NULL REFERENCES inspection_sheet (id),
    question_id UUID          NOT NULL,
    tenant_id   UUID          NOT NULL,
    answer      VARCHAR(20)   NOT NULL,
    comment     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (sheet_id, question_id),
    CONSTRAINT ck_inspection_answer CHECK (answer IN ('IMPLEMENTED', 'PARTIAL', 'NOT_IMPLEMENTED', 'NOT_APPLICABLE'))
);
