-- id: LA15
-- name: Children looked after placed outside the council and more than 20 miles from home
-- stage: OUTPUTS
-- definition: Children looked after at the period end (short breaks excluded) placed more than
--   20 miles from the home address from which they were first placed and outside the council's
--   boundary, as a percentage of all children looked after at the period end. DfE derives the
--   distance and the council of the placement from the home and placement postcodes; caseflow
--   does the same at import (PL_DISTANCE and PL_LOCATION, from the ONS Postcode Directory it
--   bundles), and a child whose distance or location is not known counts in the denominator only.
-- numerator: children looked after at the period end placed outside the council and more than
--   20 miles from home
-- denominator: children looked after at the period end (LA01)
-- unit: PERCENT
-- polarity: LOW
-- period: SNAPSHOT
-- source: SSDA903 with the ONS Postcode Directory (bundled)
-- lait: LACDistance
-- requires: cla_episode
-- subject: children
-- parts: cla_current
SELECT e.child_id, max(e.start_date) AS event_date,
  max(CASE WHEN e.placement_location = 'OUT' AND e.placement_distance > 20 THEN 1 ELSE 0 END)
    AS in_numerator,
  1 AS in_denominator
FROM cla_current e
WHERE e.start_date <= :end AND (e.end_date IS NULL OR e.end_date > :end) AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
GROUP BY e.child_id
