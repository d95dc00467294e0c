-- code: 218
-- severity: error
-- tables: Episodes
-- fields: URN
-- message: Ofsted Unique reference number (URN) is required.
-- reading: an episode open at some time in the year (no DEC, or a DEC on or after 1 April) with no
--   URN, in a placement in England (PL_LA a council's 3-digit code) of a type Ofsted registers
--   (not H5, P1 to P3, R1, R2, R5, T0 to T4, Z1)
SELECT e.child_id, e.row_no, e.urn
FROM v_cla_episode e
CROSS JOIN v_return r
WHERE (e.end_date IS NULL OR e.end_date >= r.year_start)
  AND position(';DEC;' IN coalesce(e.unreadable, '')) = 0
  AND e.urn IS NULL
  AND e.placement_type IS NOT NULL
  AND e.placement_type NOT IN ('H5', 'P1', 'P2', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3',
                               'T4', 'Z1')
  AND e.placement_la NOT IN ('WAL', 'SCO', 'NIR', 'NUK')
