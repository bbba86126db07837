-- Pending asset imports now wait in import_pending_upload (V105), with every other register's. An upload waiting
-- here is at most a day old and only a preview: the clerk uploads the file again.
DROP TABLE asset_import_upload;
