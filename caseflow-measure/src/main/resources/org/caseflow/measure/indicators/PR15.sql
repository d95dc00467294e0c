-- id: PR15
-- name: Children looked after visited in the last 6 weeks
-- stage: PROCESSES
-- definition: Children looked after at the period end in the Annex A list 8 of the collection
--   year containing the period end (started on or before the end, not ceased by it) whose last
--   social work visit was on or before the period end and no more than 6 weeks (42 days)
--   before it, as a percentage of those children. Six weeks is the longest interval the care
--   planning regulations allow in a placement's first year; the 3-monthly visits allowed later
--   for long-term placements are not told apart, so this is the stricter reading. Annex A gives
--   the last visit as at its data date, so only meaningful for a financial year.
-- numerator: children looked after at the period end last visited within 42 days
-- denominator: children looked after at the period end (Annex A list 8)
-- unit: PERCENT
-- polarity: HIGH
-- period: YEAR_END
-- source: Annex A list 8
-- lait: -
-- requires: aa_child_in_care
-- subject: children
SELECT c.child_id, c.last_visit_date AS event_date,
  CASE WHEN c.last_visit_date <= :end AND c.last_visit_date >= :end - 42
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM aa_child_in_care c
WHERE c.la = :la AND c.is_current
  AND c.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND c.start_date <= :end AND (c.ceased_date IS NULL OR c.ceased_date > :end)
