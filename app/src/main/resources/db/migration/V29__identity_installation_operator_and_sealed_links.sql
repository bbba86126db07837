-- Installation operators (issue 20, finding 3): a role of its own, granted only by the installation's command
-- (`admin operator grant --login NAME`), never by a tenant's setup or administrator rights.
ALTER TABLE account ADD COLUMN installation_operator BOOLEAN NOT NULL DEFAULT FALSE;

-- Invitation links are now issued only at the moment of sending (issue 20, finding 1). The links of invitations
-- mailed before lay readable in the outbox, where any mail administrator could take them: they stop working. The
-- staff concerned are invited again.
UPDATE account_invitation SET revoked_at = CURRENT_TIMESTAMP, version = version + 1
WHERE accepted_at IS NULL AND revoked_at IS NULL AND mailed_to IS NOT NULL;
