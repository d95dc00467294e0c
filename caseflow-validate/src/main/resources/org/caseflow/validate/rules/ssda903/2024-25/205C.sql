-- code: 205C
-- severity: error
-- tables: UASC,UASC_last,Header,Header_last
-- fields: DUC,UASC
-- message: Child not identified as UASC either this year or last year but date UASC ceased has been
--   provided.
-- reading: UASC is the Header's UASC flag (or, where a CSV Header lacks it, a row in the UASC
--   table); a child not in last year's return was not identified as UASC last year; the DUC is
--   this year's
WITH status_now AS (
  SELECT c.child_id,
         coalesce(c.is_uasc, EXISTS (SELECT 1 FROM v_uasc u WHERE u.child_id = c.child_id)) AS uasc
  FROM v_child c
),
status_before AS (
  SELECT c.child_id,
         coalesce(c.is_uasc, EXISTS (SELECT 1 FROM last_uasc u WHERE u.child_id = c.child_id))
           AS uasc
  FROM last_child c
)
SELECT u.child_id, u.row_no, u.uasc_ceased_date, n.uasc
FROM v_uasc u
JOIN status_now n ON n.child_id = u.child_id
WHERE u.uasc_ceased_date IS NOT NULL
  AND n.uasc = FALSE
  AND NOT EXISTS (SELECT 1 FROM status_before b WHERE b.child_id = u.child_id AND b.uasc = TRUE)
