-- code: 175
-- severity: error
-- tables: AD1
-- fields: NB_ADOPTR
-- message: The number of adopter(s) code is not a valid code.
-- reading: one or two adopters; a blank value is not checked here (151)
SELECT a.child_id, a.row_no, a.number_of_adopters
FROM v_adoption a
WHERE a.number_of_adopters NOT IN (1, 2) OR position(';NB_ADOPTR;' IN coalesce(a.unreadable, '')) > 0
