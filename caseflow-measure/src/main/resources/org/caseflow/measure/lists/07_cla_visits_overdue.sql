-- id: cla-visits-overdue
-- title: Looked-after children's visits overdue
-- timescale: A visit within a week of a placement starting, then at most every 6 weeks in its
--   first year (Care Planning Regulations 2010, regulation 28); caseflow reads 6 weeks
--   throughout, as PR15 does, since Annex A does not say which placements are long-term.
--   Listed: children looked after on the reference date (Annex A list 8 of the collection
--   year containing it) whose last social work visit was more than 42 days before it, or with
--   no visit recorded more than 7 days after their latest placement started.
-- source: Annex A list 8 (children in care)
-- start: Placement started
-- last: Last visit
-- due: Visit due
-- overdue: Days overdue
-- detail: Placement type
SELECT c.child_id, c.allocated_team AS team, c.allocated_worker AS worker,
  age_years(c.birth_date, :ref) AS age, coalesce(c.placement_start_date, c.start_date) AS start_date,
  c.last_visit_date AS last_date,
  CASE WHEN c.last_visit_date IS NULL THEN coalesce(c.placement_start_date, c.start_date) + 7
    ELSE c.last_visit_date + 42 END AS due_date,
  CAST(:ref - CASE WHEN c.last_visit_date IS NULL
    THEN coalesce(c.placement_start_date, c.start_date) + 7
    ELSE c.last_visit_date + 42 END AS INTEGER) AS overdue,
  c.placement_type AS detail
FROM aa_child_in_care c
WHERE c.la = :la AND c.is_current AND c.collection_year = :year
  AND c.start_date <= :ref AND (c.ceased_date IS NULL OR c.ceased_date > :ref)
  AND CASE WHEN c.last_visit_date IS NULL THEN coalesce(c.placement_start_date, c.start_date) + 7
    ELSE c.last_visit_date + 42 END < :ref
