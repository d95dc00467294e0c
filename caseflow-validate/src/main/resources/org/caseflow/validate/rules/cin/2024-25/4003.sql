-- code: 4003
-- severity: error
-- tables: Reviews
-- fields: CINPlanStartDate,CINPlanEndDate,CPPreviewDate
-- message: A CPP review date is shown as being held at the same time as an open CIN Plan.
-- reading: as the DfE's rule, within one CIN episode: a review on or after a CIN plan's start
--   and before its end (or on or before the reference date when it has no end) is flagged,
--   unless the review is on its CP plan's end date; a review on the CIN plan's end date is not
SELECT v.child_id, v.row_no, c.start_date, c.end_date, v.review_date
FROM v_cp_review v
JOIN v_cin_plan c ON c.child_id = v.child_id AND c.episode_no = v.episode_no
CROSS JOIN v_return r
WHERE v.review_date >= c.start_date
  AND ((c.end_date IS NOT NULL AND v.review_date < c.end_date)
    OR (c.end_date IS NULL AND v.review_date <= r.reference_date))
  AND NOT EXISTS (
    SELECT 1 FROM v_cp_plan p
    WHERE p.child_id = v.child_id AND p.episode_no = v.episode_no AND p.plan_no = v.plan_no
      AND p.end_date = v.review_date)
