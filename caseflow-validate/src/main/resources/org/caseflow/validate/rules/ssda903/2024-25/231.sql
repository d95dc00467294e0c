-- code: 231
-- severity: error
-- tables: Header
-- fields: DOB,UASC_STATUS
-- message: We expect that unaccompanied asylum seeking children are generally older young people.
--   Please check the date of birth is correct. If the date of birth is correct then please provide
--   details in a bypass request.
-- reading: UASC_STATUS is the Header's UASC flag (or, where a CSV Header lacks it, a row in the
--   UASC table); a UASC child under 11 on 31 March is flagged, one 11 that day is not
SELECT c.child_id, c.row_no, c.birth_date,
       coalesce(c.is_uasc, EXISTS (SELECT 1 FROM v_uasc u WHERE u.child_id = c.child_id))
FROM v_child c
CROSS JOIN v_return r
WHERE coalesce(c.is_uasc, EXISTS (SELECT 1 FROM v_uasc u WHERE u.child_id = c.child_id)) = TRUE
  AND c.birth_date > add_months(r.reference_date, -132)
