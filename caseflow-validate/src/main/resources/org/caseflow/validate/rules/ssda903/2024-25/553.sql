-- code: 553
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
-- message: Placement order has been granted but there is no date of decision that the child should
--   be placed for adoption.
-- reading: each episode under a placement order (LS E1) needs a decision with a DATE_PLACED; while
--   such an episode is open, the child's latest decision (by DATE_PLACED) must not show that it
--   ceased
WITH latest AS (
  SELECT p.child_id, p.decision_date, p.decision_ceased_date, p.reason_ceased,
    row_number() OVER (PARTITION BY p.child_id
      ORDER BY p.decision_date DESC NULLS LAST, p.row_no DESC) AS n
  FROM v_placed_for_adoption p
)
SELECT e.child_id, e.row_no, e.child_id, l.decision_date, l.decision_ceased_date, l.reason_ceased
FROM v_cla_episode e
LEFT JOIN latest l ON l.child_id = e.child_id AND l.n = 1
WHERE e.legal_status = 'E1'
  AND (
    NOT EXISTS (
      SELECT 1 FROM v_placed_for_adoption p
      WHERE p.child_id = e.child_id AND p.decision_date IS NOT NULL)
    OR (e.end_date IS NULL
      AND (l.decision_ceased_date IS NOT NULL OR l.reason_ceased IS NOT NULL)))
