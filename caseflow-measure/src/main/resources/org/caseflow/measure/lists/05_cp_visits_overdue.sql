-- id: cp-visits-overdue
-- title: Child protection visits overdue
-- timescale: Statutory guidance sets no interval for visits to a child on a plan; caseflow uses
--   the local standard PR12 reads, 10 working days. Listed: children on a plan on the reference
--   date (Annex A list 7 of the collection year containing it) whose last statutory visit was
--   more than 10 working days before the date, or who have no visit recorded. Annex A gives the
--   last visit as at its data date.
-- source: Annex A list 7 (child protection)
-- start: Plan started
-- last: Last visit
-- due: Visit due
-- overdue: Working days overdue
-- detail: Seen alone
SELECT p.child_id, p.allocated_team AS team, p.allocated_worker AS worker,
  age_years(p.birth_date, :ref) AS age, p.start_date, p.last_visit_date AS last_date,
  (SELECT min(d.day) FROM calendar d WHERE d.is_working_day AND d.working_day_no =
    (SELECT c.working_day_no FROM calendar c WHERE c.day = coalesce(p.last_visit_date,
      p.start_date)) + 10) AS due_date,
  working_days(coalesce(p.last_visit_date, p.start_date), :ref) - 10 AS overdue,
  CASE WHEN p.seen_alone THEN 'Yes' WHEN NOT p.seen_alone THEN 'No' END AS detail
FROM aa_child_protection p
WHERE p.la = :la AND p.is_current AND p.collection_year = :year
  AND p.start_date <= :ref AND (p.end_date IS NULL OR p.end_date > :ref)
  AND working_days(coalesce(p.last_visit_date, p.start_date), :ref) > 10
