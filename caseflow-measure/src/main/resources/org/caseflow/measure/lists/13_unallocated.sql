-- id: unallocated
-- title: Unallocated cases
-- timescale: Every open case allocated to a social worker (PR18). Listed: children in need open
--   on the reference date (Annex A list 6 of the collection year containing it, including
--   children on plans and looked after) with no allocated worker recorded.
-- source: Annex A list 6 (children in need)
-- start: Episode started
-- overdue: Days open
-- detail: Case status
SELECT n.child_id, n.allocated_team AS team, CAST(NULL AS VARCHAR) AS worker,
  age_years(n.birth_date, :ref) AS age, n.start_date, CAST(NULL AS DATE) AS last_date,
  CAST(NULL AS DATE) AS due_date, CAST(:ref - n.start_date AS INTEGER) AS overdue,
  n.case_status AS detail
FROM aa_child_in_need n
WHERE n.la = :la AND n.is_current AND n.collection_year = :year
  AND n.start_date <= :ref AND (n.closure_date IS NULL OR n.closure_date > :ref)
  AND trim(coalesce(n.allocated_worker, '')) = ''
