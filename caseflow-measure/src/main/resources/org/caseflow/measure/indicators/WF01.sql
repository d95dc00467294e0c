-- id: WF01
-- name: Social workers in post (FTE)
-- stage: WORKFORCE
-- definition: Children and family social workers employed by the council and in post on the
--   census date (30 September) within the period, counted by their full-time equivalent at that
--   date; agency workers are left out. In post: FTE at 30 September above 0 and no role end
--   date on or before it. The period must contain a census date (a financial year does).
-- numerator: FTE of council-employed social workers in post at 30 September
-- unit: COUNT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Work_Force_NoSW
-- requires: sw_worker
-- subject: workers
-- weight: fte
SELECT w.worker_id AS child_id, w.reference_date AS event_date,
  CASE WHEN NOT coalesce(w.agency, FALSE) AND coalesce(w.fte_at_census, 0) > 0
    AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date) THEN 1 ELSE 0 END
    AS in_numerator,
  0 AS in_denominator, CAST(coalesce(w.fte_at_census, 0) AS DOUBLE PRECISION) AS weight
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
