-- id: WF08
-- name: Social worker sickness absence rate
-- stage: WORKFORCE
-- definition: Working days lost to sickness in the year to the census date (30 September)
--   within the period by council-employed social workers, as a percentage of the working days
--   available to them: FTE times contract weeks in the year times 5. Workers without contract
--   weeks are left out of both. This is our reading of the DfE definition: verify it against
--   the CSWW guidance of the year.
-- numerator: working days lost to sickness (WorkingDaysLost)
-- denominator: FTE x contract weeks x 5 working days
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Work_Force_SWAbsence
-- requires: sw_worker
-- subject: workers
-- weight: working-days
WITH employed AS (
  SELECT w.worker_id, w.reference_date, w.working_days_lost, w.fte, w.contract_weeks
  FROM sw_worker w
  WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
    AND NOT coalesce(w.agency, FALSE) AND w.fte IS NOT NULL AND w.contract_weeks IS NOT NULL
)
SELECT e.worker_id AS child_id, e.reference_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(coalesce(e.working_days_lost, 0) AS DOUBLE PRECISION) AS weight
FROM employed e
UNION ALL
SELECT e.worker_id, e.reference_date, 0, 1,
  CAST(e.fte * e.contract_weeks * 5 AS DOUBLE PRECISION)
FROM employed e
