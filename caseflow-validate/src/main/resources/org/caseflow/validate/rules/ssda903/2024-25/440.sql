-- code: 440
-- severity: error
-- tables: Reviews
-- fields: DOB,REVIEW,REVIEW_CODE
-- message: Participation method indicates child was under 4 years old at the time of the review,
--   but date of birth and review date indicates the child was 4 years old or over.
-- reading: PN0 (under 4) on a review held on or after the 4th birthday; the DOB is the Header's
SELECT v.child_id, v.row_no, c.birth_date, v.review_date, v.participation
FROM v_cla_review v
JOIN v_child c ON c.child_id = v.child_id
WHERE v.participation = 'PN0' AND age_years(c.birth_date, v.review_date) >= 4
