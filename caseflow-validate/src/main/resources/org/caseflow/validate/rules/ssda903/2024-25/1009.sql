-- code: 1009
-- severity: error
-- tables: Episodes
-- fields: REASON_PLACE_CHANGE
-- message: Reason for placement change is not a valid code.
SELECT e.child_id, e.row_no, e.reason_place_change
FROM v_cla_episode e
WHERE e.reason_place_change NOT IN ('CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB',
  'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER')
