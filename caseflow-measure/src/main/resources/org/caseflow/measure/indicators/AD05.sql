-- id: AD05
-- name: Average days from entering care to the decision to place for adoption
-- stage: OUTPUTS
-- definition: For children in the SSDA903 AD1 table (adopted) of the collection year containing
--   the period end, the mean number of days from the start of the period of care (the latest
--   episode with reason for new episode S on or before the decision) to the decision that the
--   child should be placed for adoption (DATE_INT). Only meaningful for a financial year.
-- numerator: the sum of the days
-- denominator: adopted children with a decision date and a known start of care
-- unit: MEAN
-- polarity: LOW
-- period: COHORT
-- source: SSDA903 AD1
-- requires: adoption, cla_episode
-- subject: children
decision_after_entry AS MATERIALIZED (
  SELECT a.child_id, a.collection_year, a.decision_date,
    a.decision_date - (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = a.la
      AND s.is_current AND s.child_id = a.child_id AND s.reason_new_episode = 'S'
      AND s.start_date <= a.decision_date) AS days
  FROM adoption a
  WHERE a.la = :la AND a.is_current AND a.decision_date IS NOT NULL
)
-- per period
SELECT d.child_id, d.decision_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  d.days AS measure
FROM decision_after_entry d
WHERE d.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
