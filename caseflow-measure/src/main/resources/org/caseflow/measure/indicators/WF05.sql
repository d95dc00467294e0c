-- id: WF05
-- name: Vacancies covered by agency workers
-- stage: WORKFORCE
-- definition: FTE of agency workers covering vacancies at the census date (30 September)
--   within the period, as a percentage of the FTE vacancies.
-- numerator: FTE of agency workers covering vacancies (NoAgencyFTE)
-- denominator: FTE vacancies (NumberOfVacancies)
-- unit: PERCENT
-- polarity: HIGH
-- period: SNAPSHOT
-- source: CSWW census
-- lait: Vacancies_cover
-- requires: sw_vacancy
-- subject: fte
-- weight: fte
SELECT 'agency cover' AS child_id, v.reference_date AS event_date, 1 AS in_numerator,
  0 AS in_denominator, CAST(v.agency_cover_fte AS DOUBLE PRECISION) AS weight
FROM sw_vacancy v
WHERE v.la = :la AND v.is_current AND v.reference_date BETWEEN :start AND :end
  AND v.agency_cover_fte IS NOT NULL AND v.vacancies_fte IS NOT NULL
UNION ALL
SELECT 'vacancies', v.reference_date, 0, 1, CAST(v.vacancies_fte AS DOUBLE PRECISION)
FROM sw_vacancy v
WHERE v.la = :la AND v.is_current AND v.reference_date BETWEEN :start AND :end
  AND v.agency_cover_fte IS NOT NULL AND v.vacancies_fte IS NOT NULL
