-- code: 166
-- severity: error
-- tables: Reviews
-- fields: REVIEW
-- message: Date of review is invalid or blank.
-- reading: a review date the file held in a form that is not a date is empty, and so flagged with
--   the blank ones
SELECT v.child_id, v.row_no, v.review_date
FROM v_cla_review v
WHERE v.review_date IS NULL
