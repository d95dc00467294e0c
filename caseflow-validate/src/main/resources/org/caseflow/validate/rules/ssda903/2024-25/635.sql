-- code: 635
-- severity: error
-- tables: PrevPerm
-- fields: LA_PERM,DATE_PERM,PREV_PERM
-- message: There are entries for date of order and local authority code where previous permanence
--   option was arranged but previous permanence code is Z1
-- reading: as the message says: PREV_PERM Z1 (no previous permanence) with LA_PERM or DATE_PERM
--   given
SELECT p.child_id, p.row_no, p.permanence_la, p.permanence_date, p.previous_permanence
FROM v_previous_permanence p
WHERE p.previous_permanence = 'Z1'
  AND (p.permanence_la IS NOT NULL OR p.permanence_date IS NOT NULL)
