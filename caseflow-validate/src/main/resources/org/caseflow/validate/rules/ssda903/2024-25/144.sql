-- code: 144
-- severity: error
-- tables: Episodes
-- fields: LS
-- message: The legal status code is not a valid code.
-- reading: a blank LS is reported by the reader as a missing required field, not here
SELECT e.child_id, e.row_no, e.legal_status
FROM v_cla_episode e
WHERE e.legal_status NOT IN (
  'C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3')
