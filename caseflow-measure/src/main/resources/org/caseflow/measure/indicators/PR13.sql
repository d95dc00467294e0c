-- id: PR13
-- name: Looked-after children's reviews held on time
-- stage: PROCESSES
-- definition: Reviews of looked-after children held in the period (SSDA903 Reviews) that were
--   held by their due date, as a percentage of all reviews held in the period. Within a period
--   of care (from the latest episode with reason for new episode S on or before the review),
--   the first review is due within 20 working days of the child starting to be looked after,
--   the second within 3 months of the first, and each later one within 6 months of the one
--   before (a review on the due date is on time). Reviews of a child with no start of care
--   recorded are left out. Reviews due but not yet held are not counted.
-- numerator: reviews held in the period on or before their due date
-- denominator: reviews held in the period with a start of care recorded
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: SSDA903
-- lait: -
-- requires: cla_review, cla_episode
-- subject: reviews
review_in_care AS MATERIALIZED (
  SELECT x.child_id, x.review_date, x.care_start,
    lag(x.review_date) OVER (PARTITION BY x.child_id, x.care_start ORDER BY x.review_date)
      AS previous,
    row_number() OVER (PARTITION BY x.child_id, x.care_start ORDER BY x.review_date) AS n
  FROM (
    SELECT DISTINCT r.child_id, r.review_date,
      (SELECT max(s.start_date) FROM cla_episode s WHERE s.la = r.la AND s.is_current
        AND s.child_id = r.child_id AND s.reason_new_episode = 'S'
        AND s.start_date <= r.review_date) AS care_start
    FROM cla_review r
    WHERE r.la = :la AND r.is_current
  ) x
  WHERE x.care_start IS NOT NULL
)
-- per period
SELECT v.child_id, v.review_date AS event_date,
  CASE
    WHEN v.n = 1 AND working_days(v.care_start, v.review_date) <= 20 THEN 1
    WHEN v.n = 2 AND v.review_date <= add_months(v.previous, 3) THEN 1
    WHEN v.n > 2 AND v.review_date <= add_months(v.previous, 6) THEN 1
    ELSE 0
  END AS in_numerator,
  1 AS in_denominator
FROM review_in_care v
WHERE v.review_date BETWEEN :start AND :end
