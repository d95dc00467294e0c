-- code: SW17STG2
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DEC,SW_DECOM
-- message: There is no social worker episode open at 31 March
-- reading: the child's latest episode (by SW_DECOM) must have no SW_DEC
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
WITH ordered AS (
  SELECT s.child_id, s.row_no, s.start_date, s.end_date,
    row_number() OVER (PARTITION BY s.child_id ORDER BY s.start_date DESC, s.row_no DESC) AS rn
  FROM v_social_worker_episode s
  WHERE s.start_date IS NOT NULL
)
SELECT o.child_id, o.row_no, o.end_date, o.start_date
FROM ordered o
WHERE o.rn = 1
  AND o.end_date IS NOT NULL
