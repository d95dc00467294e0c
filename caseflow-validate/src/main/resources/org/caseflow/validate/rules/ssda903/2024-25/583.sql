-- code: 583
-- severity: error
-- tables: PlacedAdoption
-- fields: DATE_PLACED,DATE_PLACED_CEASED
-- message: More than one date the child should be placed for adoption has been reported, but an
--   earlier decision has not been revoked. Check that both dates are required and add in the date
--   the earlier decision was revoked. Note this may be in a previous year.
-- reading: every decision but the child's latest (by DATE_PLACED) must show the date it ceased;
--   when two or more are open, each open one is flagged
SELECT p.child_id, p.row_no, p.decision_date, p.decision_ceased_date
FROM v_placed_for_adoption p
WHERE p.decision_ceased_date IS NULL
  AND EXISTS (
    SELECT 1 FROM v_placed_for_adoption q
    WHERE q.child_id = p.child_id
      AND q.row_no <> p.row_no
      AND (q.decision_date > p.decision_date OR q.decision_ceased_date IS NULL))
