-- code: 579
-- severity: error
-- tables: PlacedAdoption
-- fields: DATE_PLACED,DATE_PLACED_CEASED
-- message: A new decision that the child should be placed for adoption this year cannot start when
--   the previous decision is still open. Decisions to place the child for adoption should also not
--   overlap. The date of any new decision to place the child for adoption must not be before the
--   date placed ceased of previous decisions.
-- reading: a decision is flagged when an earlier one of the child (by DATE_PLACED) is still open or
--   ceased after the later one was made; ceasing on its date is not an overlap
SELECT p.child_id, p.row_no, p.decision_date, p.decision_ceased_date
FROM v_placed_for_adoption p
WHERE p.decision_date IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM v_placed_for_adoption q
    WHERE q.child_id = p.child_id
      AND q.row_no <> p.row_no
      AND (q.decision_date < p.decision_date
        OR (q.decision_date = p.decision_date AND q.row_no < p.row_no))
      AND (q.decision_ceased_date IS NULL OR q.decision_ceased_date > p.decision_date))
