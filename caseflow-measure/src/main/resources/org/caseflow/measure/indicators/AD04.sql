-- id: AD04
-- name: A3 - adopted children placed within 14 months of entering care
-- stage: OUTPUTS
-- definition: The adoption scorecard's A3 over the three years ending with the period: children
--   adopted in those three years who moved in with their adoptive family (first placement A3 to
--   A6) less than 14 months after entering care, as a percentage of those adopted with a
--   placement for adoption recorded. Exactly 14 months is not less than 14 months.
-- numerator: adopted children placed for adoption before the day 14 months after entering care
-- denominator: children adopted in the three years with a placement for adoption recorded
-- unit: PERCENT
-- polarity: HIGH
-- period: LOOKBACK
-- source: SSDA903
-- requires: cla_episode
-- subject: children
-- parts: adopted_care_start, adoption_a1
SELECT x.child_id, x.end_date AS event_date,
  CASE WHEN x.placed IS NOT NULL AND x.care_start IS NOT NULL
    AND x.placed < add_months(x.care_start, 14) THEN 1 ELSE 0 END AS in_numerator,
  CASE WHEN x.placed IS NOT NULL AND x.care_start IS NOT NULL THEN 1 ELSE 0 END AS in_denominator
FROM adoption_a1 x
WHERE x.end_date > add_months(:end, -36) AND x.end_date <= :end
