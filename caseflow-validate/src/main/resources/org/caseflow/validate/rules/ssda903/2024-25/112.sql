-- code: 112
-- severity: error
-- tables: AD1
-- fields: DATE_INT
-- message: Date should be placed for adoption is not a valid date.
-- reading: a blank date is not checked here (151 checks the items are all given)
SELECT a.child_id, a.row_no, a.decision_date
FROM v_adoption a
WHERE position(';DATE_INT;' IN coalesce(a.unreadable, '')) > 0
