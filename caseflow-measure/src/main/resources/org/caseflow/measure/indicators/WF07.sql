-- id: WF07
-- name: Average caseload per case-holding social worker (FTE)
-- stage: WORKFORCE
-- definition: Cases held at the census date (30 September) within the period by social workers
--   (agency included) holding at least one case, divided by those workers' FTE at that date
--   (workers with FTE above 0 only).
-- numerator: cases held at 30 September (Cases30)
-- denominator: FTE of social workers holding at least one case
-- unit: RATIO
-- polarity: LOW
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Work_Force_AvgNumCase_SW
-- requires: sw_worker
WITH holders AS (
  SELECT w.worker_id, w.reference_date, w.cases_at_census, w.fte_at_census
  FROM sw_worker w
  WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
    AND coalesce(w.cases_at_census, 0) >= 1 AND coalesce(w.fte_at_census, 0) > 0
    AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date)
)
SELECT h.worker_id AS child_id, h.reference_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(h.cases_at_census AS DOUBLE PRECISION) AS weight
FROM holders h
UNION ALL
SELECT h.worker_id, h.reference_date, 0, 1, CAST(h.fte_at_census AS DOUBLE PRECISION)
FROM holders h
