-- code: 209
-- severity: error
-- tables: Header
-- fields: UPN,DOB
-- message: Child looked after is of school age and should not have an unknown Unique Pupil Number
--   (UPN) code of UN1.
-- reading: of school age: 4 or older on 31 August of the year before the collection year began (31
--   August 2024 for 2025-26), as the DfE's check has it
SELECT c.child_id, c.row_no, c.upn, c.birth_date
FROM v_child c
CROSS JOIN v_return r
WHERE upper(c.upn) = 'UN1'
  AND add_months(c.birth_date, 48) < add_months(r.year_start, -7)
