-- id: cp-plans-18-months
-- title: Child protection plans open 18 months or more
-- timescale: None set in statute: plans lasting 18 months or more are the ones a clinic reviews
--   for drift (OC07 counts those of 2 years). Listed: plans open on the reference date that
--   started on or before the same day 18 months earlier.
-- source: CIN census child protection plans; team and worker from Annex A
-- start: Plan started
-- due: 18 months on
-- overdue: Days past 18 months
-- detail: Latest category
WITH allocation AS (
-- include: allocation
), born AS (
-- include: born
)
SELECT p.child_id, a.team, a.worker, age_years(b.birth_date, :ref) AS age,
  p.start_date, CAST(NULL AS DATE) AS last_date, add_months(p.start_date, 18) AS due_date,
  CAST(:ref - add_months(p.start_date, 18) AS INTEGER) AS overdue,
  coalesce(p.latest_category, p.initial_category) AS detail
FROM cp_plan p
LEFT JOIN allocation a ON a.child_id = p.child_id
LEFT JOIN born b ON b.child_id = p.child_id
WHERE p.la = :la AND p.is_current AND p.start_date <= add_months(:ref, -18)
  AND (p.end_date IS NULL OR p.end_date > :ref)
