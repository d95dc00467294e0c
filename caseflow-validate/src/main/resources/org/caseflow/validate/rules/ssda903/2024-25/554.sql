-- code: 554
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DATE_PLACED,DECOM,LS
-- message: Date of decision that the child should be placed for adoption should be on or prior to
--   the date that the placement order was granted.
-- reading: the placement order is granted at the DECOM of each episode under LS E1 that follows one
--   under another legal status, or is the child's first in the return; it needs a decision dated on
--   or before it; a child with no decision at all is left to 553
WITH e AS (
  SELECT x.child_id, x.row_no, x.start_date, x.legal_status, x.placement_type,
    lag(x.legal_status) OVER (PARTITION BY x.child_id ORDER BY x.start_date, x.row_no) AS prev_value
  FROM v_cla_episode x
)
SELECT e.child_id, e.row_no,
  (SELECT min(p.decision_date) FROM v_placed_for_adoption p WHERE p.child_id = e.child_id),
  e.start_date, e.legal_status
FROM e
WHERE e.legal_status IN ('E1')
  AND (e.prev_value IS NULL OR e.prev_value NOT IN ('E1'))
  AND EXISTS (
    SELECT 1 FROM v_placed_for_adoption p
    WHERE p.child_id = e.child_id AND p.decision_date IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM v_placed_for_adoption p
    WHERE p.child_id = e.child_id AND p.decision_date <= e.start_date)
