-- code: 559
-- severity: error
-- tables: PlacedAdoption,PlacedAdoption_last
-- fields: DATE_PLACED
-- message: Date of decision that a child should be placed for adoption was not in the current year
--   but the date of the decision that the child should be placed for adoption was not completed in
--   a previous return.
-- reading: a decision dated before this year's 1 April needs the child to have a DATE_PLACED in
--   last year's return
SELECT p.child_id, p.row_no, p.decision_date
FROM v_placed_for_adoption p
CROSS JOIN v_return r
WHERE p.decision_date < r.year_start
  AND NOT EXISTS (
    SELECT 1 FROM last_placed_for_adoption l
    WHERE l.child_id = p.child_id AND l.decision_date IS NOT NULL)
