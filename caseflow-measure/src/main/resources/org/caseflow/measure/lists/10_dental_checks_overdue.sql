-- id: dental-checks-overdue
-- title: Dental checks overdue
-- timescale: A dental check in each year looked after (the SSDA903 OC2 measure, LA19, counts a
--   check in the 12 months). Listed: children looked after on the reference date (Annex A list
--   8 of the collection year containing it) whose last dental check was more than 12 months
--   before it, or who have none recorded and have been looked after 12 months or more.
-- source: Annex A list 8 (children in care)
-- start: Looked after since
-- last: Last dental check
-- due: Check due
-- overdue: Days overdue
SELECT c.child_id, c.allocated_team AS team, c.allocated_worker AS worker,
  age_years(c.birth_date, :ref) AS age, c.start_date, c.last_dental_check_date AS last_date,
  add_months(coalesce(c.last_dental_check_date, c.start_date), 12) AS due_date,
  CAST(:ref - add_months(coalesce(c.last_dental_check_date, c.start_date), 12) AS INTEGER)
    AS overdue,
  CAST(NULL AS VARCHAR) AS detail
FROM aa_child_in_care c
WHERE c.la = :la AND c.is_current AND c.collection_year = :year
  AND c.start_date <= :ref AND (c.ceased_date IS NULL OR c.ceased_date > :ref)
  AND add_months(coalesce(c.last_dental_check_date, c.start_date), 12) < :ref
