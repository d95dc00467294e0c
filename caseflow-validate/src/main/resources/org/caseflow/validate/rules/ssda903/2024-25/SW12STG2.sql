-- code: SW12STG2
-- severity: error
-- tables: SWEpisodes,Episodes
-- fields: SW_DECOM
-- message: If a child is looked after on 31 March then all social worker episodes for the full
--   previous year should be reported, even those whilst they were not looked after
-- reading: a child looked after on 31 March (not on short breaks, V3/V4) needs social worker
--   episodes from 1 April: the earliest must start by then unless it is a first contact
--   (FCONTA); a child with none is flagged without a row
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
WITH looked_after AS (
  SELECT DISTINCT e.child_id
  FROM v_cla_episode e
  CROSS JOIN v_return r
  WHERE e.start_date <= r.reference_date
    AND (e.end_date IS NULL OR e.end_date > r.reference_date)
    AND e.legal_status NOT IN ('V3', 'V4')
),
earliest AS (
  SELECT s.child_id, s.row_no, s.start_date, s.reason,
    row_number() OVER (PARTITION BY s.child_id ORDER BY s.start_date, s.row_no) AS rn
  FROM v_social_worker_episode s
  WHERE s.start_date IS NOT NULL
)
SELECT a.child_id, f.row_no, f.start_date
FROM looked_after a
CROSS JOIN v_return r
LEFT JOIN earliest f ON f.child_id = a.child_id AND f.rn = 1
WHERE f.child_id IS NULL
   OR (f.start_date > r.year_start AND coalesce(f.reason, '') <> 'FCONTA')
