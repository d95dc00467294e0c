-- id: PR12
-- name: Children on a child protection plan visited in the last 10 working days
-- stage: PROCESSES
-- definition: Children on a child protection plan at the period end in the Annex A list 7 of the
--   collection year containing the period end (plan started on or before the end, not ended by
--   it) whose last statutory visit was on or before the period end and no more than 10 working
--   days before it, as a percentage of those children. A visit 10 working days before counts. A
--   local standard (statutory guidance sets none); Annex A gives the last visit as at its data
--   date, so only meaningful for a financial year.
-- numerator: children on a CP plan at the period end last visited within 10 working days
-- denominator: children on a CP plan at the period end (Annex A list 7)
-- unit: PERCENT
-- polarity: HIGH
-- period: YEAR_END
-- source: Annex A list 7
-- lait: -
-- requires: aa_child_protection
-- subject: children
SELECT p.child_id, p.last_visit_date AS event_date,
  CASE WHEN p.last_visit_date <= :end AND working_days(p.last_visit_date, :end) <= 10
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM aa_child_protection p
WHERE p.la = :la AND p.is_current
  AND p.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND p.start_date <= :end AND (p.end_date IS NULL OR p.end_date > :end)
