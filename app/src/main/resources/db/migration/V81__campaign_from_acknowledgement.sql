-- 読了確認 becomes the campaign engine's first user: its campaigns and requests move into campaign / campaign_item
-- (purpose 'acknowledgement', the revision to read as subject_id; a request with a confirmation is DONE and points to
-- it), and the acknowledgement table keeps only what is about reading a revision: who confirmed which revision, when,
-- with which account. Numbered after V80 because it needs the engine's tables; ids, dates and reminder rounds are
-- kept, so mails already queued keep their keys.
INSERT INTO campaign (id, tenant_id, purpose, title, subject_id, target_all, target_units, target_kinds, target_roles,
    target_systems, due_on, state, started_on, closed_at, reminder_round, last_reminded_at, created_at, updated_at,
    version)
SELECT id, tenant_id, 'acknowledgement', title, revision_id, target_all, target_units, target_kinds, '', '', due_on,
    state, started_on, closed_at, reminder_round, NULL, created_at, updated_at, version
FROM ack_campaign;

INSERT INTO campaign_item (tenant_id, campaign_id, staff_id, unit_id, added_on, state, answer_id, submitted_at,
    submitted_by, version)
SELECT r.tenant_id, r.campaign_id, r.staff_id, r.unit_id, r.added_on,
    CASE WHEN a.id IS NULL THEN 'PENDING' ELSE 'DONE' END, a.id, a.confirmed_at, a.account_id, 0
FROM ack_request r LEFT JOIN acknowledgement a
  ON a.tenant_id = r.tenant_id AND a.campaign_id = r.campaign_id AND a.staff_id = r.staff_id;

-- The confirmations now refer to the engine's campaigns; CASCADE drops only the foreign key to ack_campaign.
DROP TABLE ack_request;
DROP TABLE ack_campaign CASCADE;
ALTER TABLE acknowledgement ADD CONSTRAINT acknowledgement_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id);
