-- code: 1016
-- severity: error
-- tables: Episodes,OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: Care leaver information is not required for 17- or 18-year olds who cease to be looked
--   after, after their birthday.
-- reading: aged 17 or 18 on 31 March and the latest episode (whose row is given) ended after the
--   17th or 18th birthday that fell in the year; ending on the birthday itself is not after
--   it
WITH latest AS (
  SELECT e.child_id, e.row_no, e.start_date, e.end_date, e.reason_ceased,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS rn
  FROM v_cla_episode e
)
SELECT l.child_id, l.row_no, o.in_touch, o.activity, o.accommodation
FROM latest l
JOIN v_care_leaver o ON o.child_id = l.child_id
JOIN v_child c ON c.child_id = l.child_id
CROSS JOIN v_return r
WHERE l.rn = 1
  AND age_years(c.birth_date, r.reference_date) IN (17, 18)
  AND l.end_date > add_months(c.birth_date, 12 * age_years(c.birth_date, r.reference_date))
  AND (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
