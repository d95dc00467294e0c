-- code: 193
-- severity: error
-- tables: OC2
-- fields: SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- message: Child not identified as having a substance misuse problem but at least one of the two
--   additional items on whether an intervention were offered and received have been completed.
-- reading: not identified means SUBSTANCE_MISUSE 0; a blank SUBSTANCE_MISUSE is left to 182 and 191
SELECT h.child_id, h.row_no, h.substance_misuse, h.intervention_received, h.intervention_offered
FROM v_health_outcome h
WHERE h.substance_misuse = FALSE
  AND ((h.intervention_received IS NOT NULL OR position(';INTERVENTION_RECEIVED;' IN coalesce(h.unreadable, '')) > 0)
       OR (h.intervention_offered IS NOT NULL OR position(';INTERVENTION_OFFERED;' IN coalesce(h.unreadable, '')) > 0))
