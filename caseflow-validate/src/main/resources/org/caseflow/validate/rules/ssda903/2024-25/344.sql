-- code: 344
-- severity: error
-- tables: OC3
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: The record shows the young person has died or returned home to live with parent(s) or
--   someone with parental responsibility for a continuous period of 6 months or more, but
--   activity and/or accommodation on leaving care have been completed.
-- reading: activity and accommodation count as completed when they hold a code other than 0
SELECT l.child_id, l.row_no, l.in_touch, l.activity, l.accommodation
FROM v_care_leaver l
WHERE l.in_touch IN ('DIED', 'RHOM')
  AND ((l.activity IS NOT NULL AND l.activity <> '0')
    OR (l.accommodation IS NOT NULL AND l.accommodation <> '0'))
