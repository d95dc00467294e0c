-- code: 8930
-- severity: error
-- tables: ChildProtectionPlans
-- fields: CPPendDate,ReferenceDate
-- message: Child Protection Plan End Date must fall within the census year
-- reading: when present, from the year's 1 April to the reference date, both included
SELECT p.child_id, p.row_no, p.end_date, r.reference_date
FROM v_cp_plan p, v_return r
WHERE p.end_date < r.year_start OR p.end_date > r.reference_date
