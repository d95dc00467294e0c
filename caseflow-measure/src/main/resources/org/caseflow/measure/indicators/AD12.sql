-- id: AD12
-- name: Children waiting to be placed for adoption
-- stage: OUTPUTS
-- definition: Children looked after at the period end with a decision that they should be
--   placed for adoption (SSDA903 PlacedAdoption) made on or before the period end and not
--   reversed by it, who had not been placed for adoption (no placement A3 to A6 starting
--   between the decision and the period end), by how long they had waited since the decision:
--   under 6 months, 6 to 12 months, 12 months or more (a wait of exactly 6 months is in 6 to
--   12 months). The measure is the days waited.
-- numerator: children waiting at the period end, by time since the decision
-- unit: COUNT
-- polarity: LOW
-- period: SNAPSHOT
-- source: SSDA903
-- requires: placed_for_adoption, cla_episode
-- subject: children
-- breakdown: time since the decision to place
SELECT w.child_id, w.decision_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  :end - w.decision_date AS measure,
  CASE WHEN w.decision_date > add_months(:end, -6) THEN '1. Under 6 months'
    WHEN w.decision_date > add_months(:end, -12) THEN '2. 6 to 12 months'
    ELSE '3. 12 months or more' END AS category
FROM (
  SELECT d.child_id, max(d.decision_date) AS decision_date
  FROM placed_for_adoption d
  WHERE d.la = :la AND d.is_current AND d.decision_date <= :end
    AND (d.decision_ceased_date IS NULL OR d.decision_ceased_date > :end)
  GROUP BY d.child_id
) w
WHERE EXISTS (SELECT 1 FROM cla_episode e WHERE e.la = :la AND e.is_current
    AND e.child_id = w.child_id AND e.start_date <= :end
    AND (e.end_date IS NULL OR e.end_date > :end)
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4'))
  AND NOT EXISTS (SELECT 1 FROM cla_episode p WHERE p.la = :la AND p.is_current
    AND p.child_id = w.child_id AND p.placement_type IN ('A3', 'A4', 'A5', 'A6')
    AND p.start_date >= w.decision_date AND p.start_date <= :end)
