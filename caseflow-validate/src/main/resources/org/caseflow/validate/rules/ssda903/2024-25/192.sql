-- code: 192
-- severity: error
-- tables: OC2
-- fields: SUBSTANCE_MISUSE,INTERVENTION_RECEIVED
-- message: Child has been identified as having a substance misuse problem but the additional item
--   on whether an intervention was received has been left blank.
SELECT h.child_id, h.row_no, h.substance_misuse, h.intervention_received
FROM v_health_outcome h
WHERE h.substance_misuse = TRUE AND (h.intervention_received IS NULL AND position(';INTERVENTION_RECEIVED;' IN coalesce(h.unreadable, '')) = 0)
