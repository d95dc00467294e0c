-- id: PR11
-- name: Child protection plans reviewed within timescales
-- stage: PROCESSES
-- definition: Children on a child protection plan on the last day of the period who had then
--   been on it for at least 3 months, and whose reviews were all on time: the first within 3
--   months of the plan starting, each later one within 6 months of the one before, and none
--   overdue on the last day. As a percentage of children on a plan for 3 months or more.
-- numerator: plans open at the period end, started 3 months or more before it, with every
--   review on time
-- denominator: plans open at the period end started 3 months or more before it
-- unit: PERCENT
-- polarity: HIGH
-- period: COHORT
-- source: CIN census
-- lait: RevCP
-- requires: cp_plan
-- subject: plans
cp_review_sequence AS MATERIALIZED (
  SELECT r.batch_id, r.child_id, r.episode_no, r.plan_no, r.review_date,
    lag(r.review_date) OVER (PARTITION BY r.batch_id, r.child_id, r.episode_no, r.plan_no
      ORDER BY r.review_date) AS previous_review
  FROM cp_review r
  -- a review recorded without a date (CIN rule 8842Q) cannot be judged on time: left out
  WHERE r.la = :la AND r.is_current AND r.review_date IS NOT NULL
)
-- per period
WITH plans AS (
  SELECT p.batch_id, p.child_id, p.episode_no, p.plan_no, p.start_date
  FROM cp_plan p
  WHERE p.la = :la AND p.is_current AND p.start_date <= add_months(:end, -3)
    AND (p.end_date IS NULL OR p.end_date > :end)
), reviews AS (
  SELECT * FROM cp_review_sequence r WHERE r.review_date <= :end
), judged AS (
  SELECT p.child_id, p.start_date,
    max(CASE
      WHEN r.previous_review IS NULL AND r.review_date > add_months(p.start_date, 3) THEN 1
      WHEN r.previous_review IS NOT NULL AND r.review_date > add_months(r.previous_review, 6)
        THEN 1
      ELSE 0 END) AS any_late,
    max(r.review_date) AS last_review
  FROM plans p
  LEFT JOIN reviews r ON r.batch_id = p.batch_id AND r.child_id = p.child_id
    AND r.episode_no = p.episode_no AND r.plan_no = p.plan_no
  GROUP BY p.batch_id, p.child_id, p.episode_no, p.plan_no, p.start_date
)
SELECT j.child_id, j.start_date AS event_date,
  CASE WHEN coalesce(j.any_late, 0) = 0 AND (
      (j.last_review IS NOT NULL AND add_months(j.last_review, 6) >= :end)
      OR (j.last_review IS NULL AND add_months(j.start_date, 3) >= :end))
    THEN 1 ELSE 0 END AS in_numerator,
  1 AS in_denominator
FROM judged j
