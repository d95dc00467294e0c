-- code: 582
-- severity: error
-- tables: Episodes,AD1
-- fields: DEC,DATE_MATCH
-- message: Child is showing as ceasing to be looked after due to adoption, but the date of adoption
--   is the same as the date reported for being matched with adopters. In most circumstances we
--   expect the date the child is matched with adopters to be before the date of adoption.
SELECT e.child_id, e.row_no, e.end_date, a.match_date
FROM v_cla_episode e
JOIN v_adoption a ON a.child_id = e.child_id
WHERE e.reason_ceased IN ('E11', 'E12')
  AND e.end_date = a.match_date
