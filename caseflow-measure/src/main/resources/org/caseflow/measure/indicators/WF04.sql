-- id: WF04
-- name: Social worker vacancy rate (FTE)
-- stage: WORKFORCE
-- definition: FTE vacancies at the census date (30 September) within the period, as a
--   percentage of the vacancies plus the FTE of council-employed social workers in post (as
--   WF01).
-- numerator: FTE vacancies at 30 September
-- denominator: FTE vacancies plus FTE of council-employed social workers in post
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Work_Force_Vac_Rate
-- requires: sw_worker, sw_vacancy
-- subject: fte
-- weight: fte
SELECT 'vacancies' AS child_id, v.reference_date AS event_date, 1 AS in_numerator,
  1 AS in_denominator, CAST(v.vacancies_fte AS DOUBLE PRECISION) AS weight
FROM sw_vacancy v
WHERE v.la = :la AND v.is_current AND v.reference_date BETWEEN :start AND :end
  AND v.vacancies_fte IS NOT NULL
UNION ALL
SELECT w.worker_id, w.reference_date, 0, 1, CAST(w.fte_at_census AS DOUBLE PRECISION)
FROM sw_worker w
WHERE w.la = :la AND w.is_current AND w.reference_date BETWEEN :start AND :end
  AND NOT coalesce(w.agency, FALSE) AND coalesce(w.fte_at_census, 0) > 0
  AND (w.role_end_date IS NULL OR w.role_end_date > w.reference_date)
