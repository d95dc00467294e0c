-- code: 552
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DATE_PLACED,DECOM
-- message: Date of Decision to place a child for adoption should be on or prior to the date that
--   the child was placed for adoption.
-- reading: each adoption placement (A3 to A6) that follows an episode of another placement, or is
--   the child's first episode in the return, needs a decision dated on or before its DECOM; a child
--   with no decision at all is left to 551
WITH e AS (
  SELECT x.child_id, x.row_no, x.start_date, x.legal_status, x.placement_type,
    lag(x.placement_type) OVER (PARTITION BY x.child_id ORDER BY x.start_date, x.row_no) AS prev_value
  FROM v_cla_episode x
)
SELECT e.child_id, e.row_no,
  (SELECT min(p.decision_date) FROM v_placed_for_adoption p WHERE p.child_id = e.child_id),
  e.start_date
FROM e
WHERE e.placement_type IN ('A3', 'A4', 'A5', 'A6')
  AND (e.prev_value IS NULL OR e.prev_value NOT IN ('A3', 'A4', 'A5', 'A6'))
  AND EXISTS (
    SELECT 1 FROM v_placed_for_adoption p
    WHERE p.child_id = e.child_id AND p.decision_date IS NOT NULL)
  AND NOT EXISTS (
    SELECT 1 FROM v_placed_for_adoption p
    WHERE p.child_id = e.child_id AND p.decision_date <= e.start_date)
