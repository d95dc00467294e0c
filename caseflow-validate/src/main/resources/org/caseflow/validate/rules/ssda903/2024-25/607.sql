-- code: 607
-- severity: error
-- tables: Episodes,Header
-- fields: DEC,REC,MOTHER,LS,SEX
-- message: Child ceased to be looked after in the year, but mother field has not been completed.
-- reading: ceasing to be looked after means an episode ending from 1 April to 31 March with a
--   reason other than X1, not under V3 or V4; MOTHER is asked of girls (SEX F) only
SELECT e.child_id, e.row_no, e.end_date, e.reason_ceased, c.is_mother, e.legal_status, c.sex
FROM v_cla_episode e
JOIN v_child c ON c.child_id = e.child_id
CROSS JOIN v_return r
WHERE e.end_date >= r.year_start
  AND e.end_date <= r.reference_date
  AND e.reason_ceased IS NOT NULL
  AND e.reason_ceased <> 'X1'
  AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
  AND c.sex = 'F'
  AND c.is_mother IS NULL
