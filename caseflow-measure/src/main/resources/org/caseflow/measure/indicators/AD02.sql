-- id: AD02
-- name: A10 - average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions
-- stage: OUTPUTS
-- definition: The adoption scorecard's A10 over the three years ending with the period: as A1
--   (AD01), but for a child adopted by their own foster carers (AD1 FOSTER_CARE 1) the end
--   date is the day the child moved in with those carers, the start of the placement that the
--   placement for adoption continued (the latest episode on or before it with reason for new
--   episode S, P or B). Children with no placement for adoption recorded are left out.
-- numerator: the sum of the days
-- denominator: children adopted in the three years with a placement for adoption recorded
-- unit: MEAN
-- polarity: LOW
-- period: LOOKBACK
-- source: SSDA903
-- requires: cla_episode, adoption
-- subject: children
-- parts: adopted_care_start
adoption_a10 AS MATERIALIZED (
  SELECT y.child_id, y.end_date, y.care_start,
    CASE WHEN y.by_foster_carer THEN
      (SELECT max(m.start_date) FROM cla_episode m WHERE m.la = :la AND m.is_current
        AND m.child_id = y.child_id AND m.reason_new_episode IN ('S', 'P', 'B')
        AND m.start_date <= y.placed AND m.start_date >= y.care_start)
    ELSE y.placed END AS moved_in
  FROM (
    SELECT x.child_id, x.end_date, x.care_start,
      (SELECT min(p.start_date) FROM cla_episode p WHERE p.la = :la AND p.is_current
        AND p.child_id = x.child_id AND p.placement_type IN ('A3', 'A4', 'A5', 'A6')
        AND p.start_date <= x.end_date AND p.start_date >= x.care_start) AS placed,
      EXISTS (SELECT 1 FROM adoption a WHERE a.la = :la AND a.is_current
        AND a.child_id = x.child_id AND a.by_foster_carer) AS by_foster_carer
    FROM adopted_care_start x
  ) y
)
-- per period
SELECT z.child_id, z.end_date AS event_date, 1 AS in_numerator,
  CASE WHEN z.moved_in IS NOT NULL AND z.care_start IS NOT NULL THEN 1 ELSE 0 END
    AS in_denominator,
  z.moved_in - z.care_start AS measure
FROM adoption_a10 z
WHERE z.end_date > add_months(:end, -36) AND z.end_date <= :end
