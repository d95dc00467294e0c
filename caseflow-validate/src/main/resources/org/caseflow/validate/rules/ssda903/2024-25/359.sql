-- code: 359
-- severity: error
-- tables: Header,Episodes
-- fields: DEC,LS,PLACE
-- message: Child being looked after following 18th birthday must be accommodated under section
--   20(5) of the Children Act 1989 in a community home.
-- reading: an episode open at 31 March (no date ceased, none unreadable) of a young person whose
--   18th birthday fell before 31 March must be under section 20 (V2) in a children's home
--   (K2); the Header row is named, with the episode's values
SELECT c.child_id, c.row_no, e.end_date, e.legal_status, e.placement_type
FROM v_child c
JOIN v_cla_episode e ON e.child_id = c.child_id
CROSS JOIN v_return r
WHERE e.end_date IS NULL
  AND position(';DEC;' IN coalesce(e.unreadable, '')) = 0
  AND add_months(c.birth_date, 216) < r.reference_date
  AND NOT (coalesce(e.legal_status, '') = 'V2' AND coalesce(e.placement_type, '') = 'K2')
