-- code: SW06STG2
-- severity: error
-- tables: SWEpisodes
-- fields: SW_DECOM
-- message: Social worker episode data should be within the social worker data reporting year.
-- reading: SW_DECOM after 31 March; an episode may have started before the year
-- after: SW01aSTG1, SW01bSTG1, SW02STG1, SW04STG1, SW05STG1, SW13STG1
SELECT s.child_id, s.row_no, s.start_date
FROM v_social_worker_episode s
CROSS JOIN v_return r
WHERE s.start_date > r.reference_date
