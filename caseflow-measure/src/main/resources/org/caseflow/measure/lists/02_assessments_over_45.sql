-- id: assessments-over-45
-- title: Assessments open past 45 working days
-- timescale: An assessment authorised within 45 working days of its start (Working Together;
--   PR04). Listed: assessments started on or before the reference date, not authorised by it,
--   more than 45 working days after they started (counted after the start up to and including
--   the date).
-- source: CIN census assessments; team and worker from Annex A
-- start: Assessment started
-- due: Due by
-- overdue: Working days overdue
WITH allocation AS (
-- include: allocation
), born AS (
-- include: born
)
SELECT s.child_id, a.team, a.worker, age_years(b.birth_date, :ref) AS age,
  s.start_date, CAST(NULL AS DATE) AS last_date,
  (SELECT min(d.day) FROM calendar d WHERE d.is_working_day AND d.working_day_no =
    (SELECT c.working_day_no FROM calendar c WHERE c.day = s.start_date) + 45) AS due_date,
  working_days(s.start_date, :ref) - 45 AS overdue, CAST(NULL AS VARCHAR) AS detail
FROM assessment s
LEFT JOIN allocation a ON a.child_id = s.child_id
LEFT JOIN born b ON b.child_id = s.child_id
WHERE s.la = :la AND s.is_current AND s.start_date <= :ref
  AND (s.authorisation_date IS NULL OR s.authorisation_date > :ref)
  AND working_days(s.start_date, :ref) > 45
