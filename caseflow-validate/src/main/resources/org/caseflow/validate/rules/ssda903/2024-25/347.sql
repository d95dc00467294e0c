-- code: 347
-- severity: error
-- tables: OC3
-- fields: PLACE,DEC,URN
-- message: Care leavers aged under 18 years, can not be accommodated in a Foyer.
-- reading: a Foyer is accommodation T1 or T2 (Foyer or Foyer-like); under 18 on 1 April of the
--   collection year, as the DfE's check has it, from the Header's date of birth; the
--   declared fields are not OC3's, so no values are reported
SELECT l.child_id, l.row_no, CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)
FROM v_care_leaver l
JOIN v_child c ON c.child_id = l.child_id
CROSS JOIN v_return r
WHERE l.accommodation IN ('T1', 'T2')
  AND age_years(c.birth_date, r.year_start) < 18
