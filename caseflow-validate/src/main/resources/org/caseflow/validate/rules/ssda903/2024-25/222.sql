-- code: 222
-- severity: error
-- tables: Episodes
-- fields: URN
-- message: Ofsted Unique reference number (URN) should not be recorded for this placement type.
-- reading: a URN of XXXXXXX (no URN applies) is allowed; the placement types are the DfE's 2024-25
--   list (P1, P3, R1, R2, R5, T0-T4, Z1)
SELECT e.child_id, e.row_no, e.urn
FROM v_cla_episode e
WHERE e.placement_type IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1')
  AND e.urn IS NOT NULL
  AND upper(e.urn) <> 'XXXXXXX'
