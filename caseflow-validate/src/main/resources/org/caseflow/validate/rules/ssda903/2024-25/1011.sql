-- code: 1011
-- severity: error
-- tables: Episodes,OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: This child is recorded as having his/her care transferred to another local authority for
--   the final episode and therefore should not have the care leaver information completed.
-- reading: the final episode is the latest by DECOM; its row is given
WITH latest AS (
  SELECT e.child_id, e.row_no, e.start_date, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS rn
  FROM v_cla_episode e
)
SELECT l.child_id, l.row_no, o.in_touch, o.activity, o.accommodation
FROM latest l
JOIN v_care_leaver o ON o.child_id = l.child_id
WHERE l.rn = 1
  AND l.reason_ceased = 'E3'
  AND (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
