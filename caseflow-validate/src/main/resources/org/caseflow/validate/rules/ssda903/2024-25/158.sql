-- code: 158
-- severity: error
-- tables: OC2
-- fields: INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- message: If a child has been recorded as receiving an intervention for their substance misuse
--   problem, then the additional item on whether an intervention was offered should be left blank.
SELECT h.child_id, h.row_no, h.intervention_received, h.intervention_offered
FROM v_health_outcome h
WHERE h.intervention_received = TRUE AND (h.intervention_offered IS NOT NULL OR position(';INTERVENTION_OFFERED;' IN coalesce(h.unreadable, '')) > 0)
