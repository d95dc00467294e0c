-- code: 557
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DATE_PLACED_CEASED,REASON_PLACED_CEASED,PLACE,LS,REC
-- message: Child for whom the decision was made that they should be placed for adoption has left
--   care but was not adopted and information on the decision that they should no longer be placed
--   for adoption items has not been completed.
-- reading: an episode in an adoption placement (A3 to A6) or under a placement order (E1) that
--   ended the child's care (a reason other than X1) but not by adoption (E11, E12) needs the
--   child's latest decision (by DATE_PLACED) to show both the date and the reason it ceased; a
--   child with no decision at all is flagged too
WITH latest AS (
  SELECT p.child_id, p.decision_ceased_date, p.reason_ceased,
    row_number() OVER (PARTITION BY p.child_id
      ORDER BY p.decision_date DESC NULLS LAST, p.row_no DESC) AS n
  FROM v_placed_for_adoption p
)
SELECT e.child_id, e.row_no, l.decision_ceased_date, l.reason_ceased, e.placement_type,
  e.legal_status, e.reason_ceased
FROM v_cla_episode e
LEFT JOIN latest l ON l.child_id = e.child_id AND l.n = 1
WHERE (e.placement_type IN ('A3', 'A4', 'A5', 'A6') OR e.legal_status = 'E1')
  AND e.reason_ceased IS NOT NULL
  AND e.reason_ceased NOT IN ('X1', 'E11', 'E12')
  AND (l.child_id IS NULL OR l.decision_ceased_date IS NULL OR l.reason_ceased IS NULL)
