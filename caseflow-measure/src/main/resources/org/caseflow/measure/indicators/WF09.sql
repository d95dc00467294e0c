-- id: WF09
-- name: Social workers starting in the year (FTE)
-- stage: WORKFORCE
-- definition: Council-employed social workers whose role started in the year to the census
--   date (after 30 September of the year before, up to and including the census date within
--   the period), by FTE; those who also left within that year are left out, as DfE does.
-- numerator: FTE of starters in the year to 30 September
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Social_Work_Starters
-- requires: sw_worker
-- subject: workers
-- weight: fte
SELECT w.worker_id AS child_id, coalesce(w.role_start_date, w.reference_date) AS event_date,
  CASE WHEN NOT coalesce(w.agency, FALSE) AND w.fte IS NOT NULL
    AND w.role_start_date > add_months(w.reference_date, -12)
    AND w.role_start_date <= w.reference_date
    AND NOT (w.role_end_date IS NOT NULL AND w.role_end_date <= w.reference_date)
    THEN 1 ELSE 0 END AS in_numerator,
  0 AS in_denominator, CAST(coalesce(w.fte, 0) AS DOUBLE PRECISION) AS weight
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
