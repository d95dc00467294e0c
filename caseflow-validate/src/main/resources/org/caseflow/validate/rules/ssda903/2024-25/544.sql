-- code: 544
-- severity: error
-- tables: OC2
-- fields: CONVICTED,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
-- message: Any child who has conviction information completed must also have immunisation, teeth
--   check, health assessment and substance misuse problem identified fields completed.
-- reading: conviction information is completed when CONVICTED is 0 or 1
SELECT h.child_id, h.row_no, h.convicted, h.immunisations, h.teeth_check, h.health_assessment,
  h.substance_misuse
FROM v_health_outcome h
WHERE h.convicted IS NOT NULL
  AND (h.immunisations IS NULL OR h.teeth_check IS NULL OR h.health_assessment IS NULL
    OR h.substance_misuse IS NULL)
