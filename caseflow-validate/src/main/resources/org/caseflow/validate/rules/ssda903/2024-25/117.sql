-- code: 117
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DATE_PLACED_CEASED,DATE_PLACED,DEC,REC,DECOM
-- message: Date of decision that a child should/should no longer be placed for adoption is beyond
--   the current collection year or after the child ceased to be looked after.
-- reading: the child ceased to be looked after at the DEC of their latest episode (by DECOM) when
--   its REC is not X1; the row is that episode's, or none when the child has no episode
SELECT p.child_id, l.row_no, p.decision_ceased_date, p.decision_date, l.end_date, l.reason_ceased,
       l.start_date
FROM v_placed_for_adoption p
CROSS JOIN v_return r
LEFT JOIN (
  SELECT e.*,
         row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS n
  FROM v_cla_episode e
  WHERE e.start_date IS NOT NULL
) l ON l.child_id = p.child_id AND l.n = 1
WHERE p.decision_date > r.reference_date
   OR p.decision_ceased_date > r.reference_date
   OR (l.end_date IS NOT NULL AND coalesce(l.reason_ceased, '') <> 'X1'
       AND (p.decision_date > l.end_date OR p.decision_ceased_date > l.end_date))
