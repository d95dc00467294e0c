-- code: 167
-- severity: error
-- tables: Reviews
-- fields: REVIEW_CODE
-- message: Data entry for participation is invalid or blank.
SELECT v.child_id, v.row_no, v.participation
FROM v_cla_review v
WHERE v.participation IS NULL
   OR v.participation NOT IN ('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
