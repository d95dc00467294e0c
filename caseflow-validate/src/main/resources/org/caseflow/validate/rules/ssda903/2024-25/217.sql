-- code: 217
-- severity: error
-- tables: Episodes
-- fields: PLACE,DECOM,RNE
-- message: Children who are placed for adoption with current foster carers (placement types A3 or
--   A5) must have a reason for new episode of S, T or U.
-- reading: checked for episodes starting on or after 1 April 2015, as the DfE's check has it
SELECT e.child_id, e.row_no, e.placement_type, e.start_date, e.reason_new_episode
FROM v_cla_episode e
WHERE e.placement_type IN ('A3', 'A5')
  AND e.start_date >= DATE '2015-04-01'
  AND coalesce(e.reason_new_episode, '') NOT IN ('S', 'T', 'U')
