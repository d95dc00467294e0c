-- code: 514
-- severity: error
-- tables: AD1
-- fields: LS_ADOPTR,SEX_ADOPTR
-- message: Data entry on the legal status of adopters shows a single adopter but data entry for the
--   numbers of adopters shows it as a couple.
-- reading: a blank SEX_ADOPTR is not one of the codes asked for and is flagged too
SELECT a.child_id, a.row_no, a.adopter_legal_status, a.adopter_sex
FROM v_adoption a
WHERE a.adopter_legal_status = 'L0'
  AND coalesce(a.adopter_sex, '') NOT IN ('M1', 'F1')
