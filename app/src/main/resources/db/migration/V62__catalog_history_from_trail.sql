-- A measure's history is read from the trail entries recorded on it (object_type 'Measure'). Every change that wrote a
-- row here also wrote a trail entry in the same transaction: on the measure itself, on the evidence, or, for an
-- import, one entry for the whole run. The rows are not copied into the trail, whose entries are hash-chained and
-- append-only.
DROP TABLE catalog_measure_change;
