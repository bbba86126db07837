-- When an incident reached 封じ込め, for the yearly statistics' time to containment. Incidents already past it
-- keep NULL: the trail holds when they got there, and the statistics count only what they can measure.
ALTER TABLE incident ADD COLUMN contained_at TIMESTAMP WITH TIME ZONE;
