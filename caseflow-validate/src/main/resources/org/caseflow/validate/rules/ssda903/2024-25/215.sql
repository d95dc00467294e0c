-- code: 215
-- severity: error
-- tables: OC2,OC3
-- fields: IN_TOUCH,ACTIV,ACCOM,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
-- message: Child has care leaver information but one or more data items relating to children looked
--   after for 12 months have been completed.
-- reading: a child with any of IN_TOUCH, ACTIV or ACCOM in OC3 and any of the eight OC2 items (not
--   the SDQ) completed
SELECT o.child_id, o.row_no, l.in_touch, l.activity, l.accommodation,
  CASE WHEN o.convicted THEN '1' WHEN NOT o.convicted THEN '0' END,
  CASE WHEN o.health_check THEN '1' WHEN NOT o.health_check THEN '0' END,
  CASE WHEN o.immunisations THEN '1' WHEN NOT o.immunisations THEN '0' END,
  CASE WHEN o.teeth_check THEN '1' WHEN NOT o.teeth_check THEN '0' END,
  CASE WHEN o.health_assessment THEN '1' WHEN NOT o.health_assessment THEN '0' END,
  CASE WHEN o.substance_misuse THEN '1' WHEN NOT o.substance_misuse THEN '0' END,
  CASE WHEN o.intervention_received THEN '1' WHEN NOT o.intervention_received THEN '0' END,
  CASE WHEN o.intervention_offered THEN '1' WHEN NOT o.intervention_offered THEN '0' END
FROM v_health_outcome o
JOIN v_care_leaver l ON l.child_id = o.child_id
WHERE (l.in_touch IS NOT NULL OR l.activity IS NOT NULL OR l.accommodation IS NOT NULL)
  AND (o.convicted IS NOT NULL OR o.health_check IS NOT NULL OR o.immunisations IS NOT NULL
    OR o.teeth_check IS NOT NULL OR o.health_assessment IS NOT NULL
    OR o.substance_misuse IS NOT NULL OR o.intervention_received IS NOT NULL
    OR o.intervention_offered IS NOT NULL)
