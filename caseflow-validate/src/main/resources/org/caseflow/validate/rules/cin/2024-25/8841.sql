-- code: 8841
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPstartDate,CPPreviewDate
-- message: The review date cannot be on the same day or before the Child protection Plan start
--   date.
-- reading: each review is compared with the start of its own CP plan; one finding per review,
--   located at the plan
SELECT p.child_id, p.row_no, p.start_date, v.review_date
FROM v_cp_plan p
JOIN v_cp_review v
  ON v.child_id = p.child_id AND v.episode_no = p.episode_no AND v.plan_no = p.plan_no
WHERE v.review_date <= p.start_date
