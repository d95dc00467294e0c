-- code: 503D
-- severity: error
-- tables: Episodes
-- fields: PLACE
-- message: The placement type in the first episode does not match open episode at end of last year
-- reading: the child's first episode here (earliest DECOM) is compared with the latest episode
--   (latest DECOM) of last year's return when that one was open at 31 March (no DEC, or a DEC after
--   it); in 2024-25 an H5 placement continuing as K3 (the code that replaced it) matches, and in
--   2025-26 a Z1 placement continuing as one of Z11 to Z14 (the codes that replaced it)
WITH firsts AS (
  SELECT e.child_id, e.row_no, e.start_date, e.reason_new_episode, e.legal_status,
         e.category_of_need, e.placement_type, e.placement_provider, e.urn,
         row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no) AS k
  FROM v_cla_episode e
),
closing AS (
  SELECT l.child_id, l.start_date, l.end_date, l.unreadable, l.reason_new_episode,
         l.legal_status, l.category_of_need, l.placement_type, l.placement_provider, l.urn,
         row_number() OVER (PARTITION BY l.child_id
                            ORDER BY l.start_date DESC, l.row_no DESC) AS k
  FROM last_cla_episode l
)
SELECT f.child_id, f.row_no, f.placement_type
FROM firsts f
JOIN closing p ON p.child_id = f.child_id AND p.k = 1
CROSS JOIN v_return r
WHERE f.k = 1
  AND ((p.end_date IS NULL AND position(';DEC;' IN coalesce(p.unreadable, '')) = 0)
       OR p.end_date >= r.year_start)
  AND f.placement_type IS DISTINCT FROM p.placement_type
  AND NOT (r.collection_year = 2025 AND f.placement_type = 'K3' AND p.placement_type = 'H5')
  AND NOT (r.collection_year = 2026 AND p.placement_type = 'Z1'
           AND f.placement_type IN ('Z11', 'Z12', 'Z13', 'Z14'))
