-- 組織: org units as a tree (部/課/係), staff (職員等) and dated security-role appointments.
-- Every row carries tenant_id and every query filters by it.
CREATE TABLE org_unit (
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    parent_id   UUID,
    category    VARCHAR(30)  NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    name_kana   VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (tenant_id, parent_id);

CREATE TABLE staff (
    id            UUID PRIMARY KEY,
    tenant_id     UUID         NOT NULL,
    staff_number  VARCHAR(20)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    name_kana     VARCHAR(200) NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    unit_id       UUID         NOT NULL,
    email         VARCHAR(254),
    active_from   DATE         NOT NULL,
    active_to     DATE,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_staff_number UNIQUE (tenant_id, staff_number),
    CONSTRAINT fk_staff_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_staff_unit ON staff (tenant_id, unit_id);

CREATE TABLE appointment (
    id         UUID PRIMARY KEY,
    tenant_id  UUID        NOT NULL,
    staff_id   UUID        NOT NULL,
    role       VARCHAR(40) NOT NULL,
    unit_id    UUID,
    starts_on  DATE        NOT NULL,
    ends_on    DATE,
    version    BIGINT      NOT NULL,
    CONSTRAINT fk_appointment_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_appointment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_appointment_staff ON appointment (tenant_id, staff_id);
