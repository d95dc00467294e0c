-- code: 1010
-- severity: error
-- tables: Episodes,Episodes_last,OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: This child has no episodes loaded for current year even though there was an open episode
--   of care at the end of the previous year, and care leaver data has been entered.
-- reading: the child's latest episode in last year's return was still open, this return has none,
--   and IN_TOUCH, ACTIV or ACCOM is given; the finding is the child's
WITH prev_eps AS (
  SELECT e.child_id, e.end_date,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS rn
  FROM last_cla_episode e
)
SELECT o.child_id, CAST(NULL AS INTEGER), o.in_touch, o.activity, o.accommodation
FROM v_care_leaver o
WHERE (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM v_cla_episode e WHERE e.child_id = o.child_id)
  AND EXISTS (
    SELECT 1 FROM prev_eps p WHERE p.child_id = o.child_id AND p.rn = 1 AND p.end_date IS NULL)
