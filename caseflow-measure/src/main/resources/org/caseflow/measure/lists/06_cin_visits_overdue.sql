-- id: cin-visits-overdue
-- title: Children in need not seen
-- timescale: Statutory guidance sets no interval for seeing a child in need who is neither on a
--   plan nor looked after; caseflow uses a local standard of 20 working days (four weeks). Set
--   the council's own here. Listed: children in need open on the reference date (Annex A list
--   6 of the collection year containing it) whose case status is neither a child protection
--   plan nor looked after, last seen more than 20 working days before the date or never.
-- source: Annex A list 6 (children in need)
-- start: Episode started
-- last: Last seen
-- due: Visit due
-- overdue: Working days overdue
-- detail: Case status
SELECT n.child_id, n.allocated_team AS team, n.allocated_worker AS worker,
  age_years(n.birth_date, :ref) AS age, n.start_date, n.last_seen_date AS last_date,
  (SELECT min(d.day) FROM calendar d WHERE d.is_working_day AND d.working_day_no =
    (SELECT c.working_day_no FROM calendar c WHERE c.day = coalesce(n.last_seen_date,
      n.start_date)) + 20) AS due_date,
  working_days(coalesce(n.last_seen_date, n.start_date), :ref) - 20 AS overdue,
  n.case_status AS detail
FROM aa_child_in_need n
WHERE n.la = :la AND n.is_current AND n.collection_year = :year
  AND n.start_date <= :ref AND (n.closure_date IS NULL OR n.closure_date > :ref)
  AND NOT (lower(coalesce(n.case_status, '')) LIKE '%looked after%'
    OR lower(coalesce(n.case_status, '')) LIKE '%cp plan%'
    OR lower(coalesce(n.case_status, '')) LIKE '%protection%')
  AND working_days(coalesce(n.last_seen_date, n.start_date), :ref) > 20
