-- code: 523
-- severity: error
-- tables: PlacedAdoption,AD1
-- fields: DATE_PLACED,DATE_INT
-- message: Date of decision that the child should be placed for adoption should be the same date as
--   the decision that adoption is in the best interest (date should be placed).
-- reading: the child's latest decision (by DATE_PLACED) is the one compared with DATE_INT; earlier
--   decisions may have been reversed
WITH latest AS (
  SELECT p.child_id, p.row_no, p.decision_date,
    row_number() OVER (PARTITION BY p.child_id ORDER BY p.decision_date DESC, p.row_no DESC) AS n
  FROM v_placed_for_adoption p
  WHERE p.decision_date IS NOT NULL
)
SELECT l.child_id, l.row_no, l.decision_date, a.decision_date
FROM latest l
JOIN v_adoption a ON a.child_id = l.child_id
WHERE l.n = 1 AND a.decision_date <> l.decision_date
