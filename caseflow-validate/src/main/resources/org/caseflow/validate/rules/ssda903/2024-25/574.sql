-- code: 574
-- severity: error
-- tables: Missing
-- fields: MIS_START,MIS_END
-- message: A new missing/away from placement without authorisation period cannot start when the
--   previous missing/away from placement without authorisation period is still open. Missing/away
--   from placement without authorisation periods should also not overlap.
-- reading: a period is flagged when one of the child's periods that started earlier (or the same
--   day, earlier in the file) is still open or ends after it starts; ending on its start day is not
--   an overlap
SELECT m.child_id, m.row_no, m.start_date, m.end_date
FROM v_missing_episode m
WHERE m.start_date IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM v_missing_episode p
    WHERE p.child_id = m.child_id
      AND p.row_no <> m.row_no
      AND (p.start_date < m.start_date
        OR (p.start_date = m.start_date AND p.row_no < m.row_no))
      AND (p.end_date IS NULL OR p.end_date > m.start_date))
