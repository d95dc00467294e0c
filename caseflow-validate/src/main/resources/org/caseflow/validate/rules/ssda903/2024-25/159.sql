-- code: 159
-- severity: error
-- tables: OC2
-- fields: SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- message: If a child has been recorded as not receiving an intervention for their substance misuse
--   problem, then the additional item on whether an intervention was offered should be completed as
--   well.
-- reading: only for a child with a substance misuse problem (SUBSTANCE_MISUSE 1) who received no
--   intervention
SELECT h.child_id, h.row_no, h.substance_misuse, h.intervention_received, h.intervention_offered
FROM v_health_outcome h
WHERE h.substance_misuse = TRUE AND h.intervention_received = FALSE
  AND (h.intervention_offered IS NULL AND position(';INTERVENTION_OFFERED;' IN coalesce(h.unreadable, '')) = 0)
