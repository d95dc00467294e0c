-- code: 176
-- severity: error
-- tables: AD1
-- fields: SEX_ADOPTR
-- message: The gender of adopter(s) at the date of adoption code is not a valid code.
-- reading: a blank value is not checked here (151)
SELECT a.child_id, a.row_no, a.adopter_sex
FROM v_adoption a
WHERE a.adopter_sex NOT IN ('M1', 'F1', 'MM', 'FF', 'MF')
