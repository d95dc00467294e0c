-- code: 8842Q
-- severity: query
-- tables: Reviews
-- fields: CPPreviewDate
-- message: Please check and either amend or provide a reason: Review Record has a missing date
-- reading: a review row with no readable date
SELECT v.child_id, v.row_no, v.review_date
FROM v_cp_review v
WHERE v.review_date IS NULL
