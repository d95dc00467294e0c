-- code: SW07STG2
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DEC
-- message: Social worker episode end date should be on or after the start of the social worker
--   reporting period, and should be on or before the collection end date.
-- reading: the reporting period is the collection year, 1 April to 31 March
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
SELECT s.child_id, s.row_no, s.end_date
FROM v_social_worker_episode s
CROSS JOIN v_return r
WHERE s.end_date < r.year_start
   OR s.end_date > r.reference_date
