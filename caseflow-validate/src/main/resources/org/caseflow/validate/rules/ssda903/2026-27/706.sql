-- code: 706
-- severity: error
-- tables: DoLo,DoLo_last
-- fields: DOLO_START
-- message: There is an open DoLO in last year’s return and there is no corresponding DoLO recorded
--   at the start of this year..
-- reading: each order open (no DOLO_END) in last year's return needs an order of this return with
--   the same DOLO_START; the DOLO_START given is last year's, and there is no row of this
--   return to name
SELECT p.child_id, CAST(NULL AS INTEGER), p.start_date
FROM last_deprivation_of_liberty p
WHERE p.end_date IS NULL
  AND p.start_date IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM v_deprivation_of_liberty d
    WHERE d.child_id = p.child_id AND d.start_date = p.start_date)
