-- id: OC13
-- name: Child protection plans ending within 3 months
-- stage: OUTPUTS
-- definition: Child protection plans ending in the period that lasted 3 months or less (ended on
--   or before the same day 3 months after the start), as a percentage of plans ending in the
--   period. Watch both tails: very short plans may not have been needed.
-- numerator: CP plans ending in the period with CPPendDate on or before 3 months after start
-- denominator: CP plans ending in the period (OC09)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.end_date AS event_date,
  CASE WHEN p.end_date <= add_months(p.start_date, 3) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.end_date BETWEEN :start AND :end
