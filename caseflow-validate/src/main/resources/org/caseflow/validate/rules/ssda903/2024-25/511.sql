-- code: 511
-- severity: error
-- tables: AD1
-- fields: NB_ADOPTR,SEX_ADOPTR
-- message: If reporting that the number of person(s) adopting the looked after child is two
--   adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF
--   = the adopting couple are both females; MF = The adopting couple are male and female.
-- reading: a blank SEX_ADOPTR is not one of the couple codes and is flagged too
SELECT a.child_id, a.row_no, a.number_of_adopters, a.adopter_sex
FROM v_adoption a
WHERE a.number_of_adopters = 2
  AND coalesce(a.adopter_sex, '') NOT IN ('MM', 'FF', 'MF')
