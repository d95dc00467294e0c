-- code: 381
-- severity: error
-- tables: Episodes
-- fields: PLACE,REC
-- message: A period of care cannot end with a temporary placement.
-- reading: a temporary placement (T0 to T4) may end only with X1 (a new episode begins)
SELECT e.child_id, e.row_no, e.placement_type, e.reason_ceased
FROM v_cla_episode e
WHERE e.placement_type IN ('T0', 'T1', 'T2', 'T3', 'T4')
  AND e.reason_ceased IS NOT NULL AND e.reason_ceased <> 'X1'
