-- code: 624
-- severity: error
-- tables: Header,Header_last
-- fields: MC_DOB
-- message: Date of birth of the first child contradicts the date of birth of the first child
--   previously recorded.
-- reading: last year's MC_DOB, where it was given, must be given again unchanged; a blank MC_DOB
--   this year contradicts it too
SELECT c.child_id, c.row_no, c.mother_child_birth_date
FROM v_child c
JOIN last_child p ON p.child_id = c.child_id
WHERE p.mother_child_birth_date IS NOT NULL
  AND (c.mother_child_birth_date IS NULL
    OR c.mother_child_birth_date <> p.mother_child_birth_date)
  AND position(';MC_DOB;' IN coalesce(c.unreadable, '')) = 0
