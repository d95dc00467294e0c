-- code: 625
-- severity: error
-- tables: Episodes,Header
-- fields: MC_DOB,DEC
-- message: Date of birth of the first child is beyond the end of this reporting year or the date
--   the child ceased to be looked after.
-- reading: compared with 31 March and with the DEC of the child's latest episode (by DECOM), when
--   that episode has ended; the row is that episode's
WITH latest AS (
  SELECT e.child_id, e.row_no, e.start_date, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS rn
  FROM v_cla_episode e
)
SELECT c.child_id, l.row_no, c.mother_child_birth_date, l.end_date
FROM v_child c
CROSS JOIN v_return r
LEFT JOIN latest l ON l.child_id = c.child_id AND l.rn = 1
WHERE c.mother_child_birth_date > r.reference_date
   OR c.mother_child_birth_date > l.end_date
