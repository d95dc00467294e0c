-- code: 517
-- severity: error
-- tables: AD1
-- fields: LS_ADOPTR,SEX_ADOPTR
-- message: If reporting legal status of adopters is L3 then the genders of adopters should be coded
--   as MF. MF = the adopting couple are male and female.
-- reading: a blank SEX_ADOPTR is not one of the codes asked for and is flagged too
SELECT a.child_id, a.row_no, a.adopter_legal_status, a.adopter_sex
FROM v_adoption a
WHERE a.adopter_legal_status = 'L3'
  AND coalesce(a.adopter_sex, '') NOT IN ('MF')
