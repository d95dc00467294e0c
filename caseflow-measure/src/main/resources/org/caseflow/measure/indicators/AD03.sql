-- id: AD03
-- name: A2 - average days from placement order to matching with adopters
-- stage: OUTPUTS
-- definition: The adoption scorecard's A2 over the three years ending with the period: for
--   children adopted in those three years (ceasing with E11 or E12), the mean number of days
--   from the court's authority to place (the first episode in the period of care with legal
--   status E1, or D1 in old returns) to the decision matching the child with adopters (AD1
--   DATE_MATCH); 0 when the match came first. Children with no placement order or no match date
--   are left out.
-- numerator: the sum of the days
-- denominator: children adopted in the three years with a placement order and a match date
-- unit: MEAN
-- polarity: LOW
-- period: LOOKBACK
-- source: SSDA903
-- requires: cla_episode, adoption
-- subject: children
-- parts: adopted_care_start
adoption_a2 AS MATERIALIZED (
  SELECT x.child_id, x.end_date,
    (SELECT min(o.start_date) FROM cla_episode o WHERE o.la = :la AND o.is_current
      AND o.child_id = x.child_id AND o.legal_status IN ('E1', 'D1')
      AND o.start_date <= x.end_date AND o.start_date >= x.care_start) AS order_date,
    (SELECT max(a.match_date) FROM adoption a WHERE a.la = :la AND a.is_current
      AND a.child_id = x.child_id) AS match_date
  FROM adopted_care_start x
)
-- per period
SELECT z.child_id, z.end_date AS event_date, 1 AS in_numerator,
  CASE WHEN z.order_date IS NOT NULL AND z.match_date IS NOT NULL THEN 1 ELSE 0 END
    AS in_denominator,
  CASE WHEN z.match_date < z.order_date THEN 0 ELSE z.match_date - z.order_date END AS measure
FROM adoption_a2 z
WHERE z.end_date > add_months(:end, -36) AND z.end_date <= :end
