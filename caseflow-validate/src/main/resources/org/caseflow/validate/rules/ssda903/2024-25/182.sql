-- code: 182
-- severity: error
-- tables: OC2
-- fields: IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- message: Data entries on immunisations, teeth checks, health assessments and substance misuse
--   problem identified should be completed or all OC2 fields should be left blank.
-- reading: flagged when any of IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE
--   is blank while any of the eight 0/1 items is given (one held in a form that cannot be read
--   counts as given)
SELECT h.child_id, h.row_no, h.immunisations, h.teeth_check, h.health_assessment,
       h.substance_misuse, h.convicted, h.health_check, h.intervention_received,
       h.intervention_offered
FROM v_health_outcome h
WHERE ((h.immunisations IS NULL AND position(';IMMUNISATIONS;' IN coalesce(h.unreadable, '')) = 0)
    OR (h.teeth_check IS NULL AND position(';TEETH_CHECK;' IN coalesce(h.unreadable, '')) = 0)
    OR (h.health_assessment IS NULL AND position(';HEALTH_ASSESSMENT;' IN coalesce(h.unreadable, '')) = 0)
    OR (h.substance_misuse IS NULL AND position(';SUBSTANCE_MISUSE;' IN coalesce(h.unreadable, '')) = 0))
  AND ((h.convicted IS NOT NULL OR position(';CONVICTED;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.health_check IS NOT NULL OR position(';HEALTH_CHECK;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.immunisations IS NOT NULL OR position(';IMMUNISATIONS;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.teeth_check IS NOT NULL OR position(';TEETH_CHECK;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.health_assessment IS NOT NULL OR position(';HEALTH_ASSESSMENT;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.substance_misuse IS NOT NULL OR position(';SUBSTANCE_MISUSE;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.intervention_received IS NOT NULL OR position(';INTERVENTION_RECEIVED;' IN coalesce(h.unreadable, '')) > 0)
   OR (h.intervention_offered IS NOT NULL OR position(';INTERVENTION_OFFERED;' IN coalesce(h.unreadable, '')) > 0))
