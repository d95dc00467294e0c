-- code: 542
-- severity: error
-- tables: OC2
-- fields: CONVICTED
-- message: A child aged under 10 at 31 March should not have conviction information completed.
-- reading: the age is taken from the Header's DOB (the reader does not keep OC2's); a child whose
--   10th birthday is 31 March is 10
SELECT h.child_id, h.row_no, h.convicted
FROM v_health_outcome h
JOIN v_child c ON c.child_id = h.child_id
CROSS JOIN v_return r
WHERE h.convicted IS NOT NULL
  AND age_years(c.birth_date, r.reference_date) < 10
