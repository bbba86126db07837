-- Lets the register list count the assets in use from the index alone (index-only scan) instead of the table.
CREATE INDEX ix_asset_status ON information_asset (tenant_id, status);
