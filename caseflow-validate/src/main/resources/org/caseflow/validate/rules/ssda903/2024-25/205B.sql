-- code: 205B
-- severity: error
-- tables: UASC,UASC_last,Header,Header_last
-- fields: DUC,UASC
-- message: Child previously identified as UASC is also UASC this year, but date UASC ceased in
--   both years does not support this.
-- reading: UASC is the Header's UASC flag (or, where a CSV Header lacks it, a row in the UASC
--   table); for a child UASC in both years, a DUC given last year must fall after last year ended
--   and this year's DUC must be the same date or one within this year
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
SELECT n.child_id, u.row_no, u.uasc_ceased_date, n.uasc
FROM status_now n
JOIN status_before b ON b.child_id = n.child_id
JOIN last_uasc l ON l.child_id = n.child_id
CROSS JOIN v_return r
LEFT JOIN v_uasc u ON u.child_id = n.child_id
WHERE n.uasc = TRUE
  AND b.uasc = TRUE
  AND l.uasc_ceased_date IS NOT NULL
  AND (l.uasc_ceased_date < r.year_start
       OR (u.uasc_ceased_date IS DISTINCT FROM l.uasc_ceased_date
           AND (u.uasc_ceased_date IS NULL
                OR u.uasc_ceased_date < r.year_start
                OR u.uasc_ceased_date > r.reference_date)))
