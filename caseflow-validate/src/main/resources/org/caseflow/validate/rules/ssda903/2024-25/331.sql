-- code: 331
-- severity: error
-- tables: AD1,Episodes
-- fields: DATE_MATCH,DECOM,REC
-- message: Date of matching child and adopter(s) should be the same as, or prior to, the date of
--   placement of adoption.
-- reading: the date of placement for adoption is the start of the episode that ceased in adoption
--   (E11, E12)
SELECT a.child_id, a.row_no, a.match_date, e.start_date, e.reason_ceased
FROM v_adoption a
JOIN v_cla_episode e ON e.child_id = a.child_id
WHERE e.reason_ceased IN ('E11', 'E12')
  AND a.match_date > e.start_date
