-- code: 198
-- severity: error
-- tables: Episodes,OC2
-- fields: SDQ_REASON
-- message: Child has not been looked after continuously for at least 12 months at 31 March but a
--   reason for no Strengths and Difficulties (SDQ) score has been completed.
-- reading: looked after continuously for 12 months at 31 March: an episode began on or before 1
--   April of the collection year, no episode ceased with a reason other than X1 and none is
--   a short break (V3, V4); a child with no episode in the return was not looked after. The
--   finding is about the child's OC2 record, so no Episodes row is named
SELECT o.child_id, CAST(NULL AS INTEGER), o.sdq_reason
FROM v_health_outcome o
CROSS JOIN v_return r
WHERE o.sdq_reason IS NOT NULL
  AND NOT (
    EXISTS (
      SELECT 1 FROM v_cla_episode e
      WHERE e.child_id = o.child_id AND e.start_date <= r.year_start)
    AND NOT EXISTS (
      SELECT 1 FROM v_cla_episode e
      WHERE e.child_id = o.child_id
        AND ((e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1')
          OR e.legal_status IN ('V3', 'V4'))))
