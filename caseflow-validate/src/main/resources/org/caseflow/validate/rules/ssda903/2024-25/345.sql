-- code: 345
-- severity: error
-- tables: OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: The data collection record shows the local authority is in touch with this young person,
--   but activity and/or accommodation data items are zero.
SELECT l.child_id, l.row_no, l.in_touch, l.activity, l.accommodation
FROM v_care_leaver l
WHERE l.in_touch = 'YES'
  AND (l.activity = '0' OR l.accommodation = '0')
