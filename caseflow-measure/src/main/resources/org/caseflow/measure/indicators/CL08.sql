-- id: CL08
-- name: Staying put at 18
-- stage: OUTPUTS
-- definition: Young people who ceased to be looked after in the period on their 18th birthday
--   from a foster placement (U1 to U6), and who remained with their carers (reason ceased E17,
--   which includes staying put), as a percentage of all those who ceased on their 18th birthday
--   from a foster placement. The last episode of each period of care counts (not X1); short
--   breaks (V3, V4) are excluded. The older cohorts (19 and 20) come from OC3 accommodation
--   with former foster carers (CL01T).
-- numerator: those ceasing on their 18th birthday from foster care with reason E17
-- denominator: young people ceasing to be looked after on their 18th birthday from a foster
--   placement
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: SSDA903
-- lait: StayingPut
-- requires: cla_episode, child
-- subject: care-leavers
staying_put AS MATERIALIZED (
  SELECT e.child_id, e.end_date, e.reason_ceased
  FROM cla_episode e
  JOIN child h ON h.la = e.la AND h.is_current AND h.source = 'SSDA903'
    AND h.child_id = e.child_id
  WHERE e.la = :la AND e.is_current
    AND e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1'
    AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
    AND e.placement_type IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    AND e.end_date = add_months(h.birth_date, 216)
)
-- per period
SELECT s.child_id, s.end_date AS event_date,
  CASE WHEN s.reason_ceased = 'E17' THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator
FROM staying_put s
WHERE s.end_date BETWEEN :start AND :end
