-- code: 516
-- severity: error
-- tables: Episodes
-- fields: REC,PLACE
-- message: The episode data submitted for this child does not show that he/she was with their
--   former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46
--   the child must have a placement code of U1 to U6.
SELECT e.child_id, e.row_no, e.reason_ceased, e.placement_type
FROM v_cla_episode e
WHERE e.reason_ceased IN ('E45', 'E46')
  AND coalesce(e.placement_type, '') NOT IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6')
