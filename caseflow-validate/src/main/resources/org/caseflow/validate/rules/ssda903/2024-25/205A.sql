-- code: 205A
-- severity: error
-- tables: UASC,UASC_last,Header,Header_last
-- fields: CHILD,UASC
-- message: Child identified as UASC last year is no longer UASC this year, but date UASC ceased in
--   both years does not support this.
-- reading: UASC is the Header's UASC flag (or, where a CSV Header lacks it, a row in the UASC
--   table); a child UASC last year and not this year must have last year's DUC within last year's
--   collection year and no DUC this year
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
SELECT n.child_id, u.row_no, n.child_id, n.uasc
FROM status_now n
JOIN status_before b ON b.child_id = n.child_id
CROSS JOIN v_return r
LEFT JOIN v_uasc u ON u.child_id = n.child_id
LEFT JOIN last_uasc l ON l.child_id = n.child_id
WHERE n.uasc = FALSE
  AND b.uasc = TRUE
  AND (u.uasc_ceased_date IS NOT NULL
       OR l.uasc_ceased_date IS NULL
       OR l.uasc_ceased_date < add_months(r.year_start, -12)
       OR l.uasc_ceased_date > add_months(r.reference_date, -12))
