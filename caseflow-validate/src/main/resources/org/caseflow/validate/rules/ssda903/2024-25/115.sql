-- code: 115
-- severity: error
-- tables: PlacedAdoption
-- fields: DATE_PLACED
-- message: Date of Local Authority's (LA) decision that a child should be placed for adoption is
--   not a valid date.
-- reading: a blank DATE_PLACED is not a valid date either
SELECT p.child_id, p.row_no, p.decision_date
FROM v_placed_for_adoption p
WHERE p.decision_date IS NULL
