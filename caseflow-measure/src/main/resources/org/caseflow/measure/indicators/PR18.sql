-- id: PR18
-- name: Open children in need cases with an allocated social worker
-- stage: PROCESSES
-- definition: Children in need open at the period end in the Annex A list 6 of the collection
--   year containing the period end (started on or before the end, not closed by it; the list
--   includes children on CP plans and looked after) with an allocated worker recorded, as a
--   percentage of those open cases. Only meaningful for a financial year.
-- numerator: open cases with an allocated worker
-- denominator: cases open at the period end (Annex A list 6)
-- unit: PERCENT
-- polarity: HIGH
-- period: YEAR_END
-- source: Annex A list 6
-- lait: -
-- requires: aa_child_in_need
-- subject: children
SELECT n.child_id, n.start_date AS event_date,
  CASE WHEN trim(coalesce(n.allocated_worker, '')) <> '' THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM aa_child_in_need n
WHERE n.la = :la AND n.is_current
  AND n.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND n.start_date <= :end AND (n.closure_date IS NULL OR n.closure_date > :end)
