-- id: AD06
-- name: Average days from the decision to place for adoption to matching
-- stage: OUTPUTS
-- definition: For children in the SSDA903 AD1 table (adopted) of the collection year containing
--   the period end, the mean number of days from the decision that the child should be placed
--   for adoption (DATE_INT) to the match with adopters (DATE_MATCH). Only meaningful for a
--   financial year.
-- numerator: the sum of the days
-- denominator: adopted children with both dates
-- unit: MEAN
-- polarity: LOW
-- period: COHORT
-- source: SSDA903 AD1
-- requires: adoption
-- subject: children
SELECT a.child_id, a.match_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  a.match_date - a.decision_date AS measure
FROM adoption a
WHERE a.la = :la AND a.is_current AND a.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND a.decision_date IS NOT NULL AND a.match_date IS NOT NULL
