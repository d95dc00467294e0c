-- code: 133
-- severity: error
-- tables: OC3
-- fields: ACCOM
-- message: Data entry for accommodation after leaving care is invalid. If reporting on a childs
--   accommodation after leaving care the data entry must be valid
-- reading: a blank value is not checked here (153)
SELECT o.child_id, o.row_no, o.accommodation
FROM v_care_leaver o
WHERE o.accommodation NOT IN (
  'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1', 'K2', 'R1', 'R2',
  'S1', 'S2', 'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X1', 'X2', 'Y1', 'Y2', 'Z1', 'Z2',
  '0')
