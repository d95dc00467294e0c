-- code: 522
-- severity: error
-- tables: PlacedAdoption
-- fields: DATE_PLACED,DATE_PLACED_CEASED
-- message: Date of decision that the child should be placed for adoption must be on or before the
--   date that a child should no longer be placed for adoption.
SELECT p.child_id, p.row_no, p.decision_date, p.decision_ceased_date
FROM v_placed_for_adoption p
WHERE p.decision_ceased_date < p.decision_date
