-- The SSDA903 OC2 rows of the council, each with the child's age on 31 March of its year.
oc2_cohort AS MATERIALIZED (
  SELECT h.*, age_years(c.birth_date, make_date(h.collection_year, 3, 31)) AS age
  FROM health_outcome h
  JOIN child c ON c.la = h.la AND c.is_current AND c.source = 'SSDA903'
    AND c.child_id = h.child_id
  WHERE h.la = :la AND h.is_current
)
