-- code: 177
-- severity: error
-- tables: AD1
-- fields: LS_ADOPTR
-- message: The legal status of adopter(s) code is not a valid code.
-- reading: a blank value is not checked here (151)
SELECT a.child_id, a.row_no, a.adopter_legal_status
FROM v_adoption a
WHERE a.adopter_legal_status NOT IN ('L0', 'L11', 'L12', 'L2', 'L3', 'L4')
