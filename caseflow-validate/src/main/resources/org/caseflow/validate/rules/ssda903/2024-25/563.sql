-- code: 563
-- severity: error
-- tables: PlacedAdoption
-- fields: DATE_PLACED,REASON_PLACED_CEASED,DATE_PLACED_CEASED
-- message: The child should no longer be placed for adoption but the date of the decision that the
--   child should be placed for adoption is blank
-- reading: the decision ceased when both DATE_PLACED_CEASED and REASON_PLACED_CEASED are given; a
--   DATE_PLACED the file held in a form that is not a date is not blank
SELECT p.child_id, p.row_no, p.decision_date, p.reason_ceased, p.decision_ceased_date
FROM v_placed_for_adoption p
WHERE p.decision_date IS NULL
  AND position(';DATE_PLACED;' IN coalesce(p.unreadable, '')) = 0
  AND p.decision_ceased_date IS NOT NULL
  AND p.reason_ceased IS NOT NULL
