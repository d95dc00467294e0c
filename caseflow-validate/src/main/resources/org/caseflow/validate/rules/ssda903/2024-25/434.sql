-- code: 434
-- severity: error
-- tables: Episodes
-- fields: RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER
-- message: Reason for new episode is that child's legal status has changed but not the placement,
--   but this is not reflected in the episode data.
-- reading: RNE L needs a different LS and the same placement; the placement is the same when PLACE,
--   PL_POST (without spaces and case), URN and PLACE_PROVIDER all equal the previous episode's, two
--   blanks equal; the previous episode is the one before in this return or, for the child's first
--   one here, the latest in an earlier year's return; an H5 placement continuing as K3 (2024-25)
--   and a Z1 placement continuing as one of Z11 to Z14 (2025-26), the codes that replaced them,
--   are the same placement (as in 503D)
WITH eps AS (
  SELECT e.child_id, e.row_no, e.start_date, e.end_date, e.reason_new_episode AS rne,
         e.legal_status AS ls, e.placement_type AS place,
         upper(replace(e.placement_postcode, ' ', '')) AS pl_post, upper(trim(e.urn)) AS urn,
         e.placement_provider AS provider, e.reason_ceased AS rec, 1 AS here
  FROM v_cla_episode e
  UNION ALL
  SELECT h.child_id, CAST(NULL AS INTEGER), h.start_date, h.end_date, h.reason_new_episode,
         h.legal_status, h.placement_type, upper(replace(h.placement_postcode, ' ', '')),
         upper(trim(h.urn)), h.placement_provider, h.reason_ceased, 0
  FROM hist_cla_episode h
  CROSS JOIN v_return r
  WHERE h.collection_year < r.collection_year
    AND NOT EXISTS (SELECT 1 FROM v_cla_episode e
                    WHERE e.child_id = h.child_id AND e.start_date = h.start_date)
    AND NOT EXISTS (SELECT 1 FROM hist_cla_episode n
                    WHERE n.child_id = h.child_id AND n.start_date = h.start_date
                      AND n.collection_year > h.collection_year
                      AND n.collection_year < r.collection_year)
),
seq AS (
  SELECT s.child_id, s.row_no, s.start_date, s.end_date, s.rne, s.ls, s.place, s.pl_post, s.urn,
         s.provider, s.rec, s.here,
         lag(s.here) OVER w AS prev_here, lag(s.end_date) OVER w AS prev_end,
         lag(s.rec) OVER w AS prev_rec, lag(s.ls) OVER w AS prev_ls,
         lag(s.place) OVER w AS prev_place, lag(s.pl_post) OVER w AS prev_post,
         lag(s.urn) OVER w AS prev_urn, lag(s.provider) OVER w AS prev_provider,
         row_number() OVER w AS k
  FROM eps s
  WINDOW w AS (PARTITION BY s.child_id ORDER BY s.start_date, s.end_date NULLS LAST, s.here,
               s.row_no)
)
SELECT q.child_id, q.row_no, q.rne, q.ls, q.place, q.pl_post, q.urn, q.provider
FROM seq q
WHERE q.here = 1 AND q.rne = 'L' AND q.k > 1
  AND (q.ls IS NOT DISTINCT FROM q.prev_ls OR NOT ((q.place IS NOT DISTINCT FROM q.prev_place OR (q.prev_place = 'Z1' AND q.place IN ('Z11', 'Z12', 'Z13', 'Z14')) OR (q.prev_place = 'H5' AND q.place = 'K3')) AND q.pl_post IS NOT DISTINCT FROM q.prev_post AND q.urn IS NOT DISTINCT FROM q.prev_urn AND q.provider IS NOT DISTINCT FROM q.prev_provider))
