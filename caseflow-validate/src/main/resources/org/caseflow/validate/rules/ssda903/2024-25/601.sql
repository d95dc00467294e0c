-- code: 601
-- severity: error
-- tables: Episodes,AD1
-- fields: REC,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
-- message: The additional fields relating to adoption have not been completed although the episode
--   data shows that the child was adopted during the year.
-- reading: adopted during the year means an episode ending with E11 or E12 from 1 April to 31
--   March; a child with no AD1 row is flagged too
SELECT e.child_id, e.row_no, e.reason_ceased, a.decision_date, a.match_date, a.by_foster_carer,
  a.number_of_adopters, a.adopter_sex, a.adopter_legal_status
FROM v_cla_episode e
CROSS JOIN v_return r
LEFT JOIN v_adoption a ON a.child_id = e.child_id
WHERE e.reason_ceased IN ('E11', 'E12')
  AND e.end_date >= r.year_start
  AND e.end_date <= r.reference_date
  AND (a.child_id IS NULL OR a.decision_date IS NULL OR a.match_date IS NULL
    OR a.by_foster_carer IS NULL OR a.number_of_adopters IS NULL OR a.adopter_sex IS NULL
    OR a.adopter_legal_status IS NULL)
