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
WITH latest AS (
  SELECT max(c.month) AS month FROM caseload c
  WHERE c.la = :la AND c.is_current AND c.month BETWEEN :start AND :end
), rows_in AS (
  SELECT c.* FROM caseload c JOIN latest l ON c.month = l.month
  WHERE c.la = :la AND c.is_current
)
SELECT r.worker_id AS child_id, r.month AS event_date, 1 AS in_numerator, 0 AS in_denominator,
  CAST(r.open_cases AS DOUBLE PRECISION) AS weight, r.team AS category
FROM rows_in r
UNION ALL
SELECT r.worker_id, r.month, 0, 1, CAST(r.fte AS DOUBLE PRECISION), NULL
FROM rows_in r
