-- code: 390
-- severity: error
-- tables: Episodes
-- fields: PLACE,REC
-- message: Reason episode ceased is adopted but child has not been previously placed for adoption.
-- reading: an episode ending in adoption (E11, E12) must be a placement for adoption (A3 to A6)
SELECT e.child_id, e.row_no, e.placement_type, e.reason_ceased
FROM v_cla_episode e
WHERE e.reason_ceased IN ('E11', 'E12')
  AND e.placement_type NOT IN ('A3', 'A4', 'A5', 'A6')
