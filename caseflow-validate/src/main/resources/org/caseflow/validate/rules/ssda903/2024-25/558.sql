-- code: 558
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DATE_PLACED_CEASED,REC
-- message: If a child has been adopted, then the decision to place them for adoption has not been
--   disrupted and the date of the decision that a child should no longer be placed for adoption
--   should be left blank.
-- reading: the child's latest decision (by DATE_PLACED) is the one the adoption (REC E11 or E12)
--   followed; earlier decisions may show the date they ceased
WITH latest AS (
  SELECT p.child_id, p.decision_ceased_date,
    row_number() OVER (PARTITION BY p.child_id
      ORDER BY p.decision_date DESC NULLS LAST, p.row_no DESC) AS n
  FROM v_placed_for_adoption p
)
SELECT e.child_id, e.row_no, l.decision_ceased_date, e.reason_ceased
FROM v_cla_episode e
JOIN latest l ON l.child_id = e.child_id AND l.n = 1
WHERE e.reason_ceased IN ('E11', 'E12')
  AND l.decision_ceased_date IS NOT NULL
