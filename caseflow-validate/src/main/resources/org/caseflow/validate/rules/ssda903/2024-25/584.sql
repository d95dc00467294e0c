-- code: 584
-- severity: error
-- tables: PlacedAdoption,PlacedAdoption_last
-- fields: DATE_PLACED
-- message: Date of decision that the child should be placed for adoption this year is different
--   from that recorded last year, but the decision to placed the child for adoption changed and the
--   child should no longer be placed for adoption.
-- reading: after a decision that last year's return shows ceased (a DATE_PLACED_CEASED or a
--   REASON_PLACED_CEASED), this year's decisions must be dated after it; a blank DATE_PLACED is
--   flagged too
SELECT p.child_id, p.row_no, p.decision_date
FROM v_placed_for_adoption p
WHERE EXISTS (
  SELECT 1 FROM last_placed_for_adoption l
  WHERE l.child_id = p.child_id
    AND l.decision_date IS NOT NULL
    AND (l.decision_ceased_date IS NOT NULL OR l.reason_ceased IS NOT NULL)
    AND (p.decision_date IS NULL OR p.decision_date <= l.decision_date))
