-- id: CL01T
-- name: Care leavers aged 19 to 21 by type of accommodation
-- stage: OUTPUTS
-- definition: The CL01 cohort (care leavers in the SSDA903 OC3 cohort of the collection year
--   containing the period end, aged 19, 20 or 21 on 31 March, less those who died or had
--   returned home for 6 months or more) by the type of accommodation, the letter of ACCOM:
--   with parents or relatives (B); community home or other residential care (C);
--   semi-independent transitional (D); supported lodgings (E); with former foster carers
--   (Z); independent living (U); ordinary lodgings (K); foyer (T); emergency accommodation (V);
--   bed and breakfast (W); no fixed abode (S); in custody (X); gone abroad, deported or
--   residence not known (G, H, R); other (Y); not recorded (0 or blank). Only meaningful for a
--   financial year.
-- numerator: OC3 care leavers aged 19, 20 or 21, less DIED and RHOM, by accommodation type
-- unit: COUNT
-- polarity: NONE
-- period: COHORT
-- source: SSDA903 OC3
-- lait: -
-- requires: care_leaver, child
-- subject: care-leavers
-- breakdown: type of accommodation
-- parts: leaver_cohort
SELECT l.child_id, :end AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  CASE substr(coalesce(l.accommodation, ''), 1, 1)
    WHEN 'B' THEN 'With parents or relatives'
    WHEN 'C' THEN 'Community home or other residential care'
    WHEN 'D' THEN 'Semi-independent transitional accommodation'
    WHEN 'E' THEN 'Supported lodgings'
    WHEN 'Z' THEN 'With former foster carers'
    WHEN 'U' THEN 'Independent living'
    WHEN 'K' THEN 'Ordinary lodgings'
    WHEN 'T' THEN 'Foyer'
    WHEN 'V' THEN 'Emergency accommodation'
    WHEN 'W' THEN 'Bed and breakfast'
    WHEN 'S' THEN 'No fixed abode'
    WHEN 'X' THEN 'In custody'
    WHEN 'G' THEN 'Abroad, deported or not known'
    WHEN 'H' THEN 'Abroad, deported or not known'
    WHEN 'R' THEN 'Abroad, deported or not known'
    WHEN 'Y' THEN 'Other'
    ELSE 'Not recorded'
  END AS category
FROM leaver_cohort l
WHERE l.collection_year = CAST(extract(year FROM add_months(:end, 9)) AS INTEGER)
  AND coalesce(l.in_touch, '') NOT IN ('DIED', 'RHOM')
  AND l.age BETWEEN 19 AND 21
