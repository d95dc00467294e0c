-- code: 441
-- severity: error
-- tables: Reviews
-- fields: DOB,REVIEW,REVIEW_CODE
-- message: Participation method indicates child was 4 years old or over at the time of the review,
--   but the date of birth and review date indicates the child was under 4 years old.
-- reading: PN1 to PN7 on a review held before the 4th birthday; the DOB is the Header's
SELECT v.child_id, v.row_no, c.birth_date, v.review_date, v.participation
FROM v_cla_review v
JOIN v_child c ON c.child_id = v.child_id
WHERE v.participation IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
  AND age_years(c.birth_date, v.review_date) < 4
