-- code: 131
-- severity: error
-- tables: OC3
-- fields: IN_TOUCH
-- message: Data entry for being in touch after leaving care is invalid.
-- reading: every care leaver in OC3 needs IN_TOUCH, so a blank one is flagged too
SELECT o.child_id, o.row_no, o.in_touch
FROM v_care_leaver o
WHERE o.in_touch IS NULL
   OR o.in_touch NOT IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')
