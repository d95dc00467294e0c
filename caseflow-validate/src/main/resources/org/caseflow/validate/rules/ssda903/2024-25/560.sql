-- code: 560
-- severity: error
-- tables: PlacedAdoption,PlacedAdoption_last
-- fields: DATE_PLACED,DATE_PLACED_CEASED
-- message: Date of decision that the child should be placed for adoption this year is different
--   from that recorded last year but the decision to place the child for adoption did not change.
-- reading: a decision still open in last year's return (no DATE_PLACED_CEASED) must come back this
--   year with the same DATE_PLACED; when none of the child's rows this year has it, the child's
--   rows with another date are flagged
SELECT p.child_id, p.row_no, p.decision_date, p.decision_ceased_date
FROM v_placed_for_adoption p
WHERE EXISTS (
  SELECT 1 FROM last_placed_for_adoption l
  WHERE l.child_id = p.child_id
    AND l.decision_date IS NOT NULL
    AND l.decision_ceased_date IS NULL
    AND (p.decision_date IS NULL OR p.decision_date <> l.decision_date)
    AND NOT EXISTS (
      SELECT 1 FROM v_placed_for_adoption q
      WHERE q.child_id = l.child_id AND q.decision_date = l.decision_date))
