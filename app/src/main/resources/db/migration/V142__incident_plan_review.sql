-- Which parts of the 緊急時対応計画 an incident used and what should change in the plan (seed 6(6) and 8): the
-- policy-review dossier reads what should change.
ALTER TABLE incident ADD COLUMN plan_parts_used VARCHAR(2000);
ALTER TABLE incident ADD COLUMN plan_changes VARCHAR(4000);
ALTER TABLE incident ADD COLUMN plan_reviewed_at TIMESTAMP WITH TIME ZONE;
