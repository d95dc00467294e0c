-- id: WF10
-- name: Social workers who are case holders
-- stage: WORKFORCE
-- definition: Council-employed social workers in post at the census date (30 September) within
--   the period (as WF01) whose role is case holder (OrgRole 5), by FTE, as a percentage of all
--   of them.
-- numerator: FTE of case holders in post at 30 September
-- denominator: FTE of council-employed social workers in post at 30 September
-- unit: PERCENT
-- polarity: HIGH
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Social_Work_Caseholders_%
-- requires: sw_worker
-- subject: workers
-- weight: fte
SELECT w.worker_id AS child_id, w.reference_date AS event_date,
  CASE WHEN w.org_role = 5 THEN 1 ELSE 0 END AS in_numerator, 1 AS in_denominator,
  CAST(w.fte_at_census AS DOUBLE PRECISION) AS weight
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
  AND NOT coalesce(w.agency, FALSE) AND coalesce(w.fte_at_census, 0) > 0
  AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date)
