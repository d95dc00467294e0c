-- code: 333
-- severity: error
-- tables: AD1
-- fields: DATE_INT
-- message: Date should be placed for adoption must be on or prior to the date of matching child
--   with adopter(s).
SELECT a.child_id, a.row_no, a.decision_date
FROM v_adoption a
WHERE a.decision_date > a.match_date
