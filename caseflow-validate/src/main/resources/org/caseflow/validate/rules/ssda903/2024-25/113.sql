-- code: 113
-- severity: error
-- tables: AD1
-- fields: DATE_MATCH
-- message: Date matching child and adopter(s) is not a valid date.
-- reading: a blank date is not checked here (151 checks the items are all given)
SELECT a.child_id, a.row_no, a.match_date
FROM v_adoption a
WHERE position(';DATE_MATCH;' IN coalesce(a.unreadable, '')) > 0
