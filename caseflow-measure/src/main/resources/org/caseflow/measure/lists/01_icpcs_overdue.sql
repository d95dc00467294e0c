-- id: icpcs-overdue
-- title: ICPCs overdue
-- timescale: An initial child protection conference within 15 working days of the strategy
--   discussion that started the Section 47 enquiry (the CIN census's InitialCPCtarget; PR09).
--   Listed: enquiries started on or before the reference date, in a CIN episode still open on
--   it, with no conference held by it and none judged not required, more than 15 working days
--   after they started. Working days are counted after the start up to and including the date.
-- source: CIN census Section 47 enquiries; team and worker from Annex A
-- start: Section 47 started
-- due: ICPC due
-- overdue: Working days overdue
WITH allocation AS (
-- include: allocation
), born AS (
-- include: born
)
SELECT s.child_id, a.team, a.worker, age_years(b.birth_date, :ref) AS age,
  s.start_date, CAST(NULL AS DATE) AS last_date,
  (SELECT min(d.day) FROM calendar d WHERE d.is_working_day AND d.working_day_no =
    (SELECT c.working_day_no FROM calendar c WHERE c.day = s.start_date) + 15) AS due_date,
  working_days(s.start_date, :ref) - 15 AS overdue, CAST(NULL AS VARCHAR) AS detail
FROM section47 s
JOIN cin_episode e ON e.la = s.la AND e.is_current AND e.batch_id = s.batch_id
  AND e.child_id = s.child_id AND e.episode_no = s.episode_no
LEFT JOIN allocation a ON a.child_id = s.child_id
LEFT JOIN born b ON b.child_id = s.child_id
WHERE s.la = :la AND s.is_current AND s.start_date <= :ref
  AND (s.icpc_date IS NULL OR s.icpc_date > :ref) AND NOT coalesce(s.icpc_not_required, FALSE)
  AND (e.closure_date IS NULL OR e.closure_date > :ref)
  AND working_days(s.start_date, :ref) > 15
