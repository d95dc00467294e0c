-- code: 165
-- severity: error
-- tables: Header,Episodes,OC3
-- fields: MOTHER,SEX,ACTIV,ACCOM,IN_TOUCH,DECOM
-- message: Data entry for mother status is invalid.
-- reading: flagged: a MOTHER that is not 0 or 1; a MOTHER given for a boy; a blank MOTHER for a
--   girl looked after during the year other than in short breaks (V3, V4). A girl not looked after
--   in the year (a care leaver in OC3) may leave it blank
SELECT c.child_id, c.row_no, c.is_mother, c.sex, o.activity, o.accommodation, o.in_touch,
       (SELECT min(e.start_date) FROM v_cla_episode e WHERE e.child_id = c.child_id)
FROM v_child c
CROSS JOIN v_return r
LEFT JOIN v_care_leaver o ON o.child_id = c.child_id
WHERE position(';MOTHER;' IN coalesce(c.unreadable, '')) > 0
   OR (c.is_mother IS NOT NULL AND c.sex = 'M')
   OR (c.is_mother IS NULL AND c.sex = 'F'
       AND EXISTS (
         SELECT 1 FROM v_cla_episode e
         WHERE e.child_id = c.child_id
           AND coalesce(e.legal_status, '') NOT IN ('V3', 'V4')
           AND e.start_date <= r.reference_date
           AND (e.end_date IS NULL OR e.end_date >= r.year_start)))
