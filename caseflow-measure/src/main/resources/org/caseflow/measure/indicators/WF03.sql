-- id: WF03
-- name: Agency worker rate (FTE)
-- stage: WORKFORCE
-- definition: Agency social workers in post at the census date (30 September) within the
--   period, by FTE, as a percentage of agency and council-employed social workers in post.
-- numerator: FTE of agency social workers in post at 30 September
-- denominator: FTE of agency and council-employed social workers in post at 30 September
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Work_Force_Agecy_Rate
-- requires: sw_worker
-- subject: workers
-- weight: fte
SELECT w.worker_id AS child_id, w.reference_date AS event_date,
  CASE WHEN coalesce(w.agency, FALSE) THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator,
  CAST(w.fte_at_census AS DOUBLE PRECISION) AS weight
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
  AND coalesce(w.fte_at_census, 0) > 0
  AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date)
