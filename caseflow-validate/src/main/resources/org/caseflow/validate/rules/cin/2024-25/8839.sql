-- code: 8839
-- severity: error
-- tables: Section47
-- fields: DateOfInitialCPC
-- message: Within one CINDetails group there are 2 or more open S47 Assessments
-- reading: an open Section 47 has no conference date and is not flagged ICPC not required (a
--   missing flag counts as false); each open one is flagged where an episode has two or more
SELECT s.child_id, s.row_no, s.icpc_date
FROM v_section47 s
WHERE s.icpc_date IS NULL
  AND NOT coalesce(s.icpc_not_required, false)
  AND EXISTS (
    SELECT 1 FROM v_section47 o
    WHERE o.child_id = s.child_id AND o.episode_no = s.episode_no AND o.row_no <> s.row_no
      AND o.icpc_date IS NULL AND NOT coalesce(o.icpc_not_required, false))
