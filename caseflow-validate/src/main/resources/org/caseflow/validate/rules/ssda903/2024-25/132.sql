-- code: 132
-- severity: error
-- tables: OC3
-- fields: ACTIV
-- message: Data entry for activity after leaving care is invalid.
-- reading: the codes from 2021-22 on (F3 and P3 became F4, P4, F5 and P5); a blank value is not
--   checked here (153)
SELECT o.child_id, o.row_no, o.activity
FROM v_care_leaver o
WHERE o.activity NOT IN (
  'F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0')
