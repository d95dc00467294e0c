-- code: 628
-- severity: error
-- tables: Episodes,Header,OC3
-- fields: MOTHER
-- message: Motherhood details are not required for care leavers who have not been looked after
--   during the year.
-- reading: a child with MOTHER completed, care leaver information (IN_TOUCH, ACTIV or ACCOM) and no
--   episode open at any time in the year; the finding is the child's, not a row's
SELECT c.child_id, CAST(NULL AS INTEGER), CASE WHEN c.is_mother THEN '1' WHEN NOT c.is_mother THEN '0' END
FROM v_child c
CROSS JOIN v_return r
WHERE c.is_mother IS NOT NULL
  AND EXISTS (SELECT 1 FROM v_care_leaver o WHERE o.child_id = c.child_id AND (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL))
  AND NOT EXISTS (
    SELECT 1 FROM v_cla_episode e WHERE e.child_id = c.child_id AND e.start_date <= r.reference_date AND (e.end_date IS NULL OR e.end_date >= r.year_start))
