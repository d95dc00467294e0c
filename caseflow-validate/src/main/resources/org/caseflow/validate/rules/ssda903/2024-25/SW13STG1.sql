-- code: SW13STG1
-- severity: error
-- tables: SWEpisodes
-- fields: SW_REASON
-- message: The reason for social worker change is not valid.
-- reading: a missing SW_REASON is SW01bSTG1's
SELECT s.child_id, s.row_no, s.reason
FROM v_social_worker_episode s
WHERE s.reason NOT IN ('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN',
  'PCCHAN', 'SWDIED', 'OTHERS')
