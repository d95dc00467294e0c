-- id: PR14
-- name: Looked-after children's reviews with the child taking part
-- stage: PROCESSES
-- definition: Reviews of looked-after children held in the period at which the child took part
--   in any way (participation codes PN1 to PN6), as a percentage of reviews held in the period
--   for children aged 4 or over (reviews coded PN0, child under 4, are left out).
-- numerator: reviews in the period coded PN1 to PN6
-- denominator: reviews in the period not coded PN0
-- unit: PERCENT
-- polarity: HIGH
-- period: EVENT
-- source: SSDA903
-- requires: cla_review
-- subject: reviews
SELECT r.child_id, r.review_date AS event_date,
  CASE WHEN r.participation IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6') THEN 1 ELSE 0 END
    AS in_numerator,
  1 AS in_denominator
FROM cla_review r
WHERE r.la = :la AND r.is_current AND r.review_date BETWEEN :start AND :end
  AND coalesce(r.participation, '') <> 'PN0'
