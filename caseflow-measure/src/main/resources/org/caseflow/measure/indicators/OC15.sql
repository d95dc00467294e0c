-- id: OC15
-- name: Second or subsequent child protection plans within 2 years
-- stage: OUTPUTS
-- definition: Child protection plans starting in the period for a child whose previous plan
--   ended within the 2 years before this one started (on or after the same day 2 years
--   earlier), as a percentage of plans starting in the period. Needs the previous plans' end
--   dates in the loaded history.
-- numerator: CP plans starting in the period with an earlier plan of the child ending within 2
--   years before the start
-- denominator: CP plans starting in the period (OC08)
-- unit: PERCENT
-- polarity: LOW
-- period: LOOKBACK
-- source: CIN census
-- requires: cp_plan
-- subject: plans
SELECT p.child_id, p.start_date AS event_date,
  CASE WHEN EXISTS (
      SELECT 1 FROM cp_plan q
      WHERE q.la = p.la AND q.is_current AND q.child_id = p.child_id
        AND q.end_date IS NOT NULL AND q.end_date <= p.start_date
        AND q.end_date >= add_months(p.start_date, -24)
        AND q.start_date < p.start_date) THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM cp_plan p
WHERE p.la = :la AND p.is_current AND p.start_date BETWEEN :start AND :end
