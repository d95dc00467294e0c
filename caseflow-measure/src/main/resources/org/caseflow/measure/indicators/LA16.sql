-- id: LA16
-- name: New placements by location
-- stage: OUTPUTS
-- definition: Placements starting in the period by location: inside or outside the council's
--   boundary, less or more than 20 miles from home, or not known, as a percentage of all
--   placements starting in the period. A placement starts with an episode whose reason for new
--   episode is S, P, B, T or U (as in LA14); short breaks (V3, V4) are left out. DfE derives the
--   location from the home and placement postcodes; caseflow does the same at import
--   (PL_LOCATION, PL_DISTANCE). The bands: inside or outside the council, 20 miles or less or
--   more than 20 miles, and not known (no location or no distance).
-- numerator: placements starting in the period, by location band
-- denominator: placements starting in the period
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: SSDA903 with the ONS Postcode Directory (bundled)
-- lait: -
-- requires: cla_episode
-- subject: placements
-- breakdown: location band
-- parts: cla_current
SELECT e.child_id, e.start_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE
    WHEN e.placement_location IS NULL OR e.placement_distance IS NULL THEN 'Not known'
    WHEN e.placement_location = 'IN' AND e.placement_distance <= 20 THEN 'Inside, 20 miles or less'
    WHEN e.placement_location = 'IN' THEN 'Inside, more than 20 miles'
    WHEN e.placement_distance <= 20 THEN 'Outside, 20 miles or less'
    ELSE 'Outside, more than 20 miles'
  END AS category
FROM cla_current e
WHERE e.start_date BETWEEN :start AND :end
  AND e.reason_new_episode IN ('S', 'P', 'B', 'T', 'U')
  AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
