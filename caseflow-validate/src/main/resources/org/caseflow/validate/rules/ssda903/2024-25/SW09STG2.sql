-- code: SW09STG2
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DECOM,SW_DEC
-- message: Social worker episode appears to have lasted for less than 24 hours.
-- reading: with dates only, less than 24 hours is an SW_DEC on (or before) the SW_DECOM
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
SELECT s.child_id, s.row_no, s.start_date, s.end_date
FROM v_social_worker_episode s
WHERE s.end_date <= s.start_date
