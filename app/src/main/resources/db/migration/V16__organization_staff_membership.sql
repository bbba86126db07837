-- 所属の履歴: which unit a member of staff belonged to from which day to which day, so that an audit can ask where
-- someone worked during a period (an auditor may not audit a unit they belonged to) and so that a 人事異動 can be
-- planned ahead and undone. staff.unit_id stays as the unit of today's row, for the many existing readers.
CREATE TABLE staff_membership (
    id         UUID PRIMARY KEY,
    tenant_id  UUID         NOT NULL,
    staff_id   UUID         NOT NULL,
    unit_id    UUID         NOT NULL,
    post       VARCHAR(100),
    starts_on  DATE         NOT NULL,
    ends_on    DATE,
    batch_id   UUID,
    CONSTRAINT fk_staff_membership_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_staff_membership_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_staff_membership_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX ix_staff_membership_staff ON staff_membership (tenant_id, staff_id, starts_on);
CREATE INDEX ix_staff_membership_unit ON staff_membership (tenant_id, unit_id, starts_on);

-- Today's unit of everyone, from the start of their service (nothing older is known). The staff id doubles as the
-- id of this first row: portable SQL has no UUID generator, and the two tables never share ids otherwise.
INSERT INTO staff_membership (id, tenant_id, staff_id, unit_id, post, starts_on, ends_on, batch_id)
SELECT id, tenant_id, id, unit_id, NULL, active_from, NULL, NULL FROM staff;
