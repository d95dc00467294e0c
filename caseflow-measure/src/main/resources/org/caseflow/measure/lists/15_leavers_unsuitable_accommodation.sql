-- id: leavers-unsuitable-accommodation
-- title: Care leavers in unsuitable accommodation
-- timescale: Suitable accommodation for every care leaver (CL01, CL03). Listed: care leavers in
--   Annex A list 9 of the collection year containing the reference date whose accommodation is
--   recorded as unsuitable, or whose suitability is not recorded.
-- source: Annex A list 9 (care leavers)
-- last: Latest contact
-- overdue: Days since contact
-- detail: Accommodation
SELECT l.child_id, l.allocated_team AS team, l.allocated_worker AS worker,
  age_years(l.birth_date, :ref) AS age, CAST(NULL AS DATE) AS start_date,
  l.latest_contact_date AS last_date, CAST(NULL AS DATE) AS due_date,
  CAST(:ref - l.latest_contact_date AS INTEGER) AS overdue,
  coalesce(l.accommodation, '') || CASE WHEN l.accommodation_suitable IS NULL
    THEN ' (suitability not recorded)' ELSE ' (unsuitable)' END AS detail
FROM aa_care_leaver l
WHERE l.la = :la AND l.is_current AND l.collection_year = :year
  AND NOT coalesce(l.accommodation_suitable, FALSE)
