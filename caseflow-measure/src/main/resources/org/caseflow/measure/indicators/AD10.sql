-- id: AD10
-- name: Children adopted who were placed within 12 months of the decision to place
-- stage: OUTPUTS
-- definition: Children adopted in the period (ceasing with E11 or E12) who moved in with their
--   adoptive family (the first placement A3 to A6 in the period of care that ended in adoption)
--   within 12 months of the decision that they should be placed for adoption (AD1 DATE_INT),
--   as a percentage of the children adopted with both dates recorded. A placement on the same
--   day 12 months later counts.
-- numerator: children adopted placed no later than 12 months after the decision
-- denominator: children adopted in the period with a decision date and a placement for adoption
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: SSDA903
-- requires: cla_episode, adoption
-- subject: children
-- parts: adopted_care_start, adoption_a1
SELECT x.child_id, x.end_date AS event_date,
  CASE WHEN x.placed <= add_months(x.decided, 12) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM adoption_a1 x
WHERE x.end_date BETWEEN :start AND :end AND x.placed IS NOT NULL AND x.decided IS NOT NULL
