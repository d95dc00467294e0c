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
adoption_a1 AS MATERIALIZED (
  SELECT e.child_id, e.end_date, (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = e.la AND s.is_current AND s.child_id = e.child_id AND s.reason_new_episode = 'S' AND s.start_date <= e.end_date) AS care_start,
    (SELECT min(p.start_date) FROM cla_episode p WHERE p.la = e.la AND p.is_current
      AND p.child_id = e.child_id AND p.placement_type IN ('A3', 'A4', 'A5', 'A6')
      AND p.start_date <= e.end_date AND p.start_date >= (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = e.la AND s.is_current AND s.child_id = e.child_id AND s.reason_new_episode = 'S' AND s.start_date <= e.end_date)) AS placed
  FROM cla_episode e
  WHERE e.la = :la AND e.is_current AND e.reason_ceased IN ('E11', 'E12')
)
-- per period
SELECT x.child_id, x.end_date AS event_date,
  CASE WHEN x.placed IS NOT NULL AND x.care_start IS NOT NULL
    AND x.placed < add_months(x.care_start, 14) THEN 1 ELSE 0 END AS in_numerator,
  CASE WHEN x.placed IS NOT NULL AND x.care_start IS NOT NULL THEN 1 ELSE 0 END AS in_denominator
FROM adoption_a1 x
WHERE x.end_date > add_months(:end, -36) AND x.end_date <= :end
