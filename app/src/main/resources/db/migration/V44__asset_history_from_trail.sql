-- An asset's history is read from the trail entries recorded on it (object_type 'InformationAsset'). Every change
-- that wrote a row here also wrote a trail entry in the same transaction: on the asset itself, or, for an import or a
-- scheme mapping, one entry for the whole run. The rows are not copied into the trail, whose entries are hash-chained
-- and append-only; the run's entry keeps what they said.
DROP TABLE asset_change;
