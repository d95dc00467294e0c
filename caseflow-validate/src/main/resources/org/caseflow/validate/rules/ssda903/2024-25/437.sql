-- code: 437
-- severity: error
-- tables: Episodes
-- fields: REC
-- message: Reason episode ceased is child has died or is aged 18 or over but there are further
--   episodes.
-- reading: died (E2) or found by age assessment to be 18 or over (E15), and another episode of the
--   child starts later in this return (the E2/E15 episode is flagged); when the E2/E15 episode is
--   in an earlier year's return, the child's first episode in this one is flagged instead
SELECT e.child_id, e.row_no, e.reason_ceased
FROM v_cla_episode e
WHERE e.reason_ceased IN ('E2', 'E15')
  AND EXISTS (SELECT 1 FROM v_cla_episode n
              WHERE n.child_id = e.child_id
                AND (n.start_date > e.start_date
                     OR (n.start_date = e.start_date AND n.row_no > e.row_no)))
UNION ALL
SELECT f.child_id, f.row_no, min(h.reason_ceased)
FROM v_cla_episode f
JOIN hist_cla_episode h ON h.child_id = f.child_id
CROSS JOIN v_return r
WHERE h.collection_year < r.collection_year
  AND h.reason_ceased IN ('E2', 'E15')
  AND h.end_date <= f.start_date
  AND NOT EXISTS (SELECT 1 FROM v_cla_episode x
                  WHERE x.child_id = h.child_id AND x.start_date = h.start_date)
  AND NOT EXISTS (SELECT 1 FROM v_cla_episode y
                  WHERE y.child_id = f.child_id
                    AND (y.start_date < f.start_date
                         OR (y.start_date = f.start_date AND y.row_no < f.row_no)))
GROUP BY f.child_id, f.row_no
