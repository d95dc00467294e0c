-- code: 116
-- severity: error
-- tables: PlacedAdoption
-- fields: DATE_PLACED_CEASED
-- message: Date of Local Authority's (LA) decision that a child should no longer be placed for
--   adoption is not a valid date.
-- reading: a blank DATE_PLACED_CEASED is a decision still standing, not an invalid date
SELECT p.child_id, p.row_no, p.decision_ceased_date
FROM v_placed_for_adoption p
WHERE position(';DATE_PLACED_CEASED;' IN coalesce(p.unreadable, '')) > 0
