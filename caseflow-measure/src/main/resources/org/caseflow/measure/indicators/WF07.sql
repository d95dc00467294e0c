-- id: WF07
-- name: Average caseload per case-holding social worker (FTE)
-- stage: WORKFORCE
-- definition: Cases held at the census date (30 September) within the period by social workers
--   (agency included) holding at least one case, divided by those workers' FTE at that date
--   (workers with FTE above 0 only). A period with no census date in it (a month or a quarter
--   without 30 September) is measured from the council's monthly caseload extract instead:
--   open cases of the workers holding at least one in the latest month within the period,
--   divided by their FTE.
-- numerator: cases held at 30 September (Cases30), or in the latest caseload month
-- denominator: FTE of social workers holding at least one case
-- unit: RATIO
-- polarity: LOW
-- period: SNAPSHOT
-- source: CSWW census, caseload extract
-- lait: Work_Force_AvgNumCase_SW
-- requires: sw_worker or caseload
-- subject: workers
-- weight: cases / fte
WITH census AS (
  SELECT w.worker_id, w.reference_date AS event_date, w.cases_at_census AS cases,
    w.fte_at_census AS fte
  FROM sw_worker w
  WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
    AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date)
), latest AS (
  SELECT max(c.month) AS month FROM caseload c
  WHERE c.la = :la AND c.is_current AND c.month BETWEEN :start AND :end
    AND NOT EXISTS (SELECT 1 FROM sw_worker w WHERE w.la = :la AND w.is_current
      AND w.reference_date BETWEEN :start AND :end)
), monthly AS (
  SELECT c.worker_id, c.month AS event_date, c.open_cases AS cases, c.fte
  FROM caseload c JOIN latest l ON c.month = l.month
  WHERE c.la = :la AND c.is_current
), holders AS (
  SELECT * FROM census UNION ALL SELECT * FROM monthly
)
SELECT h.worker_id AS child_id, h.event_date, 1 AS in_numerator, 1 AS in_denominator,
  CAST(h.cases AS DOUBLE PRECISION) AS weight,
  CAST(h.fte AS DOUBLE PRECISION) AS denominator_weight
FROM holders h
WHERE coalesce(h.cases, 0) >= 1 AND coalesce(h.fte, 0) > 0
