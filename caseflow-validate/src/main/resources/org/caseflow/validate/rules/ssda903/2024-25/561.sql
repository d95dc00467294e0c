-- code: 561
-- severity: error
-- tables: PlacedAdoption,PlacedAdoption_last
-- fields: DATE_PLACED
-- message: Date of the decision that the child should be placed for adoption this year is the same
--   as that recorded last year but records show that the decision changed, and the child should no
--   longer be placed for adoption last year.
-- reading: last year's decision with the same DATE_PLACED ceased when it shows a DATE_PLACED_CEASED
--   or a REASON_PLACED_CEASED
SELECT p.child_id, p.row_no, p.decision_date
FROM v_placed_for_adoption p
WHERE EXISTS (
  SELECT 1 FROM last_placed_for_adoption l
  WHERE l.child_id = p.child_id
    AND l.decision_date = p.decision_date
    AND (l.decision_ceased_date IS NOT NULL OR l.reason_ceased IS NOT NULL))
