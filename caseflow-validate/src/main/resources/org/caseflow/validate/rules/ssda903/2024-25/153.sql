-- code: 153
-- severity: error
-- tables: OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: All data items relating to a child's activity or accommodation after leaving care must
--   be coded or left blank.
SELECT o.child_id, o.row_no, o.in_touch, o.activity, o.accommodation
FROM v_care_leaver o
WHERE (CASE WHEN o.in_touch IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN o.activity IS NOT NULL THEN 1 ELSE 0 END
     + CASE WHEN o.accommodation IS NOT NULL THEN 1 ELSE 0 END) IN (1, 2)
