-- id: cp-reviews-overdue
-- title: Child protection reviews overdue
-- timescale: The first review conference within 3 months of the plan starting, then at least
--   every 6 months (Working Together; PR11). Listed: plans open on the reference date whose next
--   review was due before it: 3 months after the start when no review is recorded by the date,
--   else 6 months after the latest review. A review on its due date is on time.
-- source: CIN census child protection plans and reviews; team and worker from Annex A
-- start: Plan started
-- last: Latest review
-- due: Review due
-- overdue: Days overdue
-- detail: Latest category
WITH allocation AS (
-- include: allocation
), born AS (
-- include: born
), plans AS (
  SELECT p.child_id, p.start_date, coalesce(p.latest_category, p.initial_category) AS category,
    (SELECT max(r.review_date) FROM cp_review r WHERE r.la = p.la AND r.is_current
      AND r.batch_id = p.batch_id AND r.child_id = p.child_id AND r.episode_no = p.episode_no
      AND r.plan_no = p.plan_no AND r.review_date <= :ref) AS last_review
  FROM cp_plan p
  WHERE p.la = :la AND p.is_current AND p.start_date <= :ref
    AND (p.end_date IS NULL OR p.end_date > :ref)
), due AS (
  SELECT p.*, CASE WHEN p.last_review IS NULL THEN add_months(p.start_date, 3)
    ELSE add_months(p.last_review, 6) END AS due_date
  FROM plans p
)
SELECT d.child_id, a.team, a.worker, age_years(b.birth_date, :ref) AS age,
  d.start_date, d.last_review AS last_date, d.due_date,
  CAST(:ref - d.due_date AS INTEGER) AS overdue, d.category AS detail
FROM due d
LEFT JOIN allocation a ON a.child_id = d.child_id
LEFT JOIN born b ON b.child_id = d.child_id
WHERE d.due_date < :ref
