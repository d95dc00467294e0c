-- code: 391
-- severity: error
-- tables: OC3
-- fields: DOB,IN_TOUCH,ACTIV,ACCOM
-- message: Young person was not 17, 18, 19, 20 or 21 during the current collection year.
-- reading: an OC3 record with any of IN_TOUCH, ACTIV or ACCOM for a young person under 17 on 31
--   March or already 22 on 1 April; the DOB is the Header's
SELECT o.child_id, o.row_no, c.birth_date, o.in_touch, o.activity, o.accommodation
FROM v_care_leaver o
JOIN v_child c ON c.child_id = o.child_id
CROSS JOIN v_return r
WHERE (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
  AND (age_years(c.birth_date, r.reference_date) < 17
       OR age_years(c.birth_date, r.year_start) >= 22)
