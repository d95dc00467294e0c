-- id: WF02
-- name: Social worker turnover rate (FTE)
-- stage: WORKFORCE
-- definition: Council-employed social workers who left in the year to the census date (role
--   end date after 30 September of the year before, up to and including the census date), by
--   FTE, as a percentage of the FTE of council-employed social workers in post at the census
--   date (as WF01). Leavers who also started within that year are left out, as in WF09L.
-- numerator: FTE of council-employed leavers in the year to 30 September
-- denominator: FTE of council-employed social workers in post at 30 September
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Work_Force_TO_Rate
-- requires: sw_worker
-- subject: workers
-- weight: fte
SELECT w.worker_id AS child_id, w.role_end_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(w.fte AS DOUBLE PRECISION) AS weight
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
  AND NOT coalesce(w.agency, FALSE) AND w.fte IS NOT NULL
  AND w.role_end_date > add_months(w.reference_date, -12)
  AND w.role_end_date <= w.reference_date
  AND NOT (w.role_start_date IS NOT NULL
    AND w.role_start_date > add_months(w.reference_date, -12))
UNION ALL
SELECT w.worker_id, w.reference_date, 0, 1, CAST(w.fte_at_census AS DOUBLE PRECISION)
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
  AND NOT coalesce(w.agency, FALSE) AND coalesce(w.fte_at_census, 0) > 0
  AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date)
