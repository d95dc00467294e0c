-- id: WF06
-- name: Agency workers covering vacancies
-- stage: WORKFORCE
-- definition: FTE of agency workers covering vacancies at the census date (30 September)
--   within the period, as a percentage of the FTE of agency social workers in post then.
-- numerator: FTE of agency workers covering vacancies (NoAgencyFTE)
-- denominator: FTE of agency social workers in post at 30 September
-- unit: PERCENT
-- polarity: NONE
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Work_Force_AgencyCover
-- requires: sw_worker, sw_vacancy
-- subject: fte
-- weight: fte
SELECT 'agency cover' AS child_id, v.reference_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(v.agency_cover_fte AS DOUBLE PRECISION) AS weight
FROM sw_vacancy v
WHERE v.la = :la AND v.is_current AND v.reference_date BETWEEN :start AND :end
  AND v.agency_cover_fte IS NOT NULL
UNION ALL
SELECT w.worker_id, w.reference_date, 0, 1, CAST(w.fte_at_census AS DOUBLE PRECISION)
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
  AND coalesce(w.agency, FALSE) AND coalesce(w.fte_at_census, 0) > 0
  AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date)
