-- Policy documents (基本方針, 対策基準, 実施手順 and related documents) with their disclosure level and audience,
-- and their revisions (改訂) that go through draft → review → approval and come into force on a date.
-- Every row carries tenant_id and every query filters by it.
CREATE TABLE policy_document (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    disclosure  VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    -- seed clause 10: 実施手順 are never published. The aggregate refuses it with a reason; this is the backstop.
    CONSTRAINT ck_policy_procedure_not_public CHECK (kind <> 'PROCEDURE' OR disclosure <> 'PUBLIC')
);
CREATE INDEX ix_policy_document_kind ON policy_document (tenant_id, kind, title);

-- Who may read a 関係者限り document: org units (with their sub-units) and security roles held on the day.
CREATE TABLE policy_audience (
    id          UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    document_id UUID        NOT NULL,
    unit_id     UUID,
    role        VARCHAR(40),
    CONSTRAINT fk_policy_audience_document FOREIGN KEY (document_id) REFERENCES policy_document (id),
    CONSTRAINT ck_policy_audience_one CHECK ((unit_id IS NULL AND role IS NOT NULL) OR (unit_id IS NOT NULL AND role IS NULL))
);
CREATE INDEX ix_policy_audience ON policy_audience (tenant_id, document_id);

CREATE TABLE policy_revision (
    id                  UUID PRIMARY KEY,
    tenant_id           UUID          NOT NULL,
    document_id         UUID          NOT NULL,
    number              INT           NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    revision_date       DATE          NOT NULL,
    in_force_from       DATE,
    summary             VARCHAR(1000) NOT NULL,
    -- false for historic revisions whose full text the tenant no longer has on file
    text_on_file        BOOLEAN       NOT NULL,
    body                TEXT          NOT NULL,
    author_account_id   UUID,
    author_staff_id     UUID,
    author_name         VARCHAR(200)  NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    approver_account_id UUID,
    approver_staff_id   UUID,
    approver_name       VARCHAR(200),
    approved_at         TIMESTAMP WITH TIME ZONE,
    returned_by_name    VARCHAR(200),
    returned_at         TIMESTAMP WITH TIME ZONE,
    return_comment      VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_policy_revision_document FOREIGN KEY (document_id) REFERENCES policy_document (id),
    CONSTRAINT uq_policy_revision_number UNIQUE (document_id, number)
);
CREATE INDEX ix_policy_revision_document ON policy_revision (tenant_id, document_id, number);
CREATE INDEX ix_policy_revision_state ON policy_revision (tenant_id, state);
