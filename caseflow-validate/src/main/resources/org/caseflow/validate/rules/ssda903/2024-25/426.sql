-- code: 426
-- severity: error
-- tables: Episodes
-- fields: LS
-- message: A child receiving respite care cannot be recorded under a legal status of V3 and V4 in
--   the same year.
-- reading: every V3 and V4 episode of a child with both in the return is flagged
SELECT e.child_id, e.row_no, e.legal_status
FROM v_cla_episode e
WHERE e.legal_status IN ('V3', 'V4')
  AND EXISTS (SELECT 1 FROM v_cla_episode o
              WHERE o.child_id = e.child_id
                AND o.legal_status IN ('V3', 'V4')
                AND o.legal_status <> e.legal_status)
