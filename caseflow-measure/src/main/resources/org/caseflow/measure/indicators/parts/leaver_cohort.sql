-- Care leavers in the SSDA903 OC3 cohorts, with their age on 31 March of the collection year.
leaver_cohort AS MATERIALIZED (
  SELECT l.child_id, l.collection_year, l.in_touch, l.activity, l.accommodation,
    age_years(h.birth_date, make_date(l.collection_year, 3, 31)) AS age
  FROM care_leaver l
  JOIN child h ON h.la = l.la AND h.is_current AND h.source = 'SSDA903'
    AND h.child_id = l.child_id
  WHERE l.la = :la AND l.is_current
)
