-- code: 149
-- severity: error
-- tables: Episodes
-- fields: REC
-- message: Reason episode ceased code is not valid.
-- reading: a blank REC is not checked here (148 pairs it with DEC)
SELECT e.child_id, e.row_no, e.reason_ceased
FROM v_cla_episode e
WHERE e.reason_ceased NOT IN (
  'X1', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E41', 'E45', 'E46', 'E47',
  'E48', 'E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9')
