-- The time zone a tenant's people read times in and whose midnight starts their business day. Every Japanese
-- local government is on Asia/Tokyo; the column exists so that no code has to assume it.
ALTER TABLE tenant ADD COLUMN time_zone VARCHAR(64) DEFAULT 'Asia/Tokyo' NOT NULL;
