-- code: 119
-- severity: error
-- tables: PlacedAdoption
-- fields: REASON_PLACED_CEASED,DATE_PLACED_CEASED
-- message: If the decision is made that a child should no longer be placed for adoption, then the
--   date of this decision and the reason why this decision was made must be completed.
-- reading: a DATE_PLACED_CEASED the file holds in a form that is not a date counts as given (116
--   reports its form)
SELECT p.child_id, p.row_no, p.reason_ceased, p.decision_ceased_date
FROM v_placed_for_adoption p
WHERE (p.reason_ceased IS NOT NULL)
   <> (p.decision_ceased_date IS NOT NULL OR position(';DATE_PLACED_CEASED;' IN coalesce(p.unreadable, '')) > 0)
