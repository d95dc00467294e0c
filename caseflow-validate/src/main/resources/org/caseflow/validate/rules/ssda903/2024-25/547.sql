-- code: 547
-- severity: error
-- tables: OC2
-- fields: HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE
-- message: Any child who has health promotion information completed must also have immunisation,
--   teeth check, health assessment and substance misuse problem identified fields completed.
-- reading: health promotion information is completed when HEALTH_CHECK is 0 or 1
SELECT h.child_id, h.row_no, h.health_check, h.immunisations, h.teeth_check, h.health_assessment,
  h.substance_misuse
FROM v_health_outcome h
WHERE h.health_check IS NOT NULL
  AND (h.immunisations IS NULL OR h.teeth_check IS NULL OR h.health_assessment IS NULL
    OR h.substance_misuse IS NULL)
