-- code: 134
-- severity: error
-- tables: OC3,AD1
-- fields: IN_TOUCH,ACTIV,ACCOM,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
-- message: Data on adoption should not be entered for the OC3 cohort.
-- reading: a child with any OC3 item and any AD1 item (one the file held in a form that cannot be
--   read counts); the row is the OC3 row
SELECT o.child_id, o.row_no, o.in_touch, o.activity, o.accommodation, a.decision_date,
       a.match_date, a.by_foster_carer, a.number_of_adopters, a.adopter_sex,
       a.adopter_legal_status
FROM v_care_leaver o
JOIN v_adoption a ON a.child_id = o.child_id
WHERE (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
  AND ((a.decision_date IS NOT NULL OR position(';DATE_INT;' IN coalesce(a.unreadable, '')) > 0) OR (a.match_date IS NOT NULL OR position(';DATE_MATCH;' IN coalesce(a.unreadable, '')) > 0) OR (a.by_foster_carer IS NOT NULL OR position(';FOSTER_CARE;' IN coalesce(a.unreadable, '')) > 0) OR (a.number_of_adopters IS NOT NULL OR position(';NB_ADOPTR;' IN coalesce(a.unreadable, '')) > 0) OR (a.adopter_sex IS NOT NULL OR position(';SEX_ADOPTR;' IN coalesce(a.unreadable, '')) > 0) OR (a.adopter_legal_status IS NOT NULL OR position(';LS_ADOPTR;' IN coalesce(a.unreadable, '')) > 0))
