-- 研修: courses (教材 in Markdown and a quiz with a pass mark), their questions, and every attempt at a quiz.
-- Who is asked to take a course, and whether they have, is the campaign engine's (campaign, campaign_item):
-- a training campaign's subject is the course. Every row carries tenant_id and every query filters by it.
CREATE TABLE training_course (
    id             UUID PRIMARY KEY,
    tenant_id      UUID         NOT NULL,
    code           VARCHAR(20)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    material       TEXT         NOT NULL,
    pass_mark      INT          NOT NULL,
    frequency      VARCHAR(20)  NOT NULL,
    required_role  VARCHAR(40),
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_training_course_code UNIQUE (tenant_id, code),
    CONSTRAINT ck_training_course_pass_mark CHECK (pass_mark BETWEEN 1 AND 100)
);

CREATE TABLE training_question (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    course_id   UUID          NOT NULL,
    position    INT           NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    choices     VARCHAR(4000) NOT NULL,
    correct     INT           NOT NULL,
    CONSTRAINT fk_training_question_course FOREIGN KEY (course_id) REFERENCES training_course (id)
);
CREATE INDEX ix_training_question_course ON training_question (tenant_id, course_id, position);

CREATE TABLE training_attempt (
    id           UUID PRIMARY KEY,
    tenant_id    UUID      NOT NULL,
    course_id    UUID      NOT NULL,
    campaign_id  UUID,
    staff_id     UUID      NOT NULL,
    account_id   UUID      NOT NULL,
    score        INT       NOT NULL,
    passed       BOOLEAN   NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_training_attempt_course FOREIGN KEY (course_id) REFERENCES training_course (id)
);
CREATE INDEX ix_training_attempt_staff ON training_attempt (tenant_id, staff_id, course_id);
