-- code: 118
-- severity: error
-- tables: Episodes,PlacedAdoption
-- fields: DECOM,DECOM,LS
-- message: Date of decision that a child should no longer be placed for adoption is before the
--   current collection year or before the date the child started to be looked after.
-- reading: the child started to be looked after at the DECOM of their earliest episode not under V3
--   or V4; the row is that episode's, or none when the child has no such episode
SELECT p.child_id, f.row_no, f.start_date, f.start_date, f.legal_status
FROM v_placed_for_adoption p
CROSS JOIN v_return r
LEFT JOIN (
  SELECT e.*,
         row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no) AS n
  FROM v_cla_episode e
  WHERE e.start_date IS NOT NULL AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
) f ON f.child_id = p.child_id AND f.n = 1
WHERE p.decision_ceased_date < r.year_start
   OR p.decision_ceased_date < f.start_date
