-- id: WF11H
-- name: Workers holding more than 25 cases, latest month
-- stage: WORKFORCE
-- definition: From the council's monthly caseload extract, for the latest month within the
--   period: workers (agency included) with more than 25 open allocated cases, out of all
--   workers in the extract that month. The breakdown is by team.
-- numerator: workers with more than 25 open cases
-- denominator: workers in the extract that month
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: caseload extract
-- requires: caseload
-- subject: workers
-- breakdown: team
-- kind: value-with-breakdown
WITH latest AS (
  SELECT max(c.month) AS month FROM caseload c
  WHERE c.la = :la AND c.is_current AND c.month BETWEEN :start AND :end
)
SELECT c.worker_id AS child_id, c.month AS event_date,
  CASE WHEN c.open_cases > 25 THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator,
  c.team AS category
FROM caseload c JOIN latest l ON c.month = l.month
WHERE c.la = :la AND c.is_current
