-- code: 205D
-- severity: error
-- tables: UASC,UASC_last,Header,Header_last
-- fields: UASC,CHILD
-- message: Child identified as UASC this year but not identified as UASC status provided for the
--   child last year.
-- reading: UASC is the Header's UASC flag (or, where a CSV Header lacks it, a row in the UASC
--   table); only a child in last year's return, there not UASC, is flagged
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
SELECT n.child_id, u.row_no, n.uasc, n.child_id
FROM status_now n
JOIN status_before b ON b.child_id = n.child_id
LEFT JOIN v_uasc u ON u.child_id = n.child_id
WHERE n.uasc = TRUE
  AND b.uasc = FALSE
