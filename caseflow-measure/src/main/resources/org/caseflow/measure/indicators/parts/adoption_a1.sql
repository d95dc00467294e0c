-- Children adopted (an episode ceasing E11 or E12): the start of the period of care that ended
-- in adoption (from adopted_care_start, which must come before this part), the first placement for adoption (A3 to A6)
-- in that period of care, and the decision that the child should be placed (AD1 DATE_INT).
adoption_a1 AS MATERIALIZED (
  SELECT x.child_id, x.end_date, x.care_start,
    (SELECT min(p.start_date) FROM cla_episode p WHERE p.la = :la AND p.is_current
      AND p.child_id = x.child_id AND p.placement_type IN ('A3', 'A4', 'A5', 'A6')
      AND p.start_date <= x.end_date AND p.start_date >= x.care_start) AS placed,
    (SELECT max(a.decision_date) FROM adoption a WHERE a.la = :la AND a.is_current
      AND a.child_id = x.child_id) AS decided
  FROM adopted_care_start x
)
