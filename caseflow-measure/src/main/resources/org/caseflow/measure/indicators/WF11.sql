-- id: WF11
-- name: Live caseload per worker (FTE), latest month
-- stage: WORKFORCE
-- definition: From the council's monthly caseload extract, for the latest month within the
--   period: open allocated cases of all workers (agency included) divided by their FTE. The
--   breakdown counts workers by team.
-- numerator: open cases held in the latest month of the period
-- denominator: FTE of the workers holding them
-- unit: RATIO
-- polarity: LOW
-- period: SNAPSHOT
-- source: caseload extract
-- requires: caseload
-- subject: workers
-- breakdown: team (workers holding cases)
-- kind: value-with-breakdown
-- weight: cases / fte
WITH latest AS (
  SELECT max(c.month) AS month FROM caseload c
  WHERE c.la = :la AND c.is_current AND c.month BETWEEN :start AND :end
)
SELECT c.worker_id AS child_id, c.month AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CAST(c.open_cases AS DOUBLE PRECISION) AS weight,
  CAST(c.fte AS DOUBLE PRECISION) AS denominator_weight, c.team AS category
FROM caseload c JOIN latest l ON c.month = l.month
WHERE c.la = :la AND c.is_current
