-- code: 151
-- severity: error
-- tables: AD1
-- fields: DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTER,SEX_ADOPTR,LS_ADOPTR
-- message: All data items relating to a childs adoption must be coded or left blank.
-- reading: an item the file holds in a form that cannot be read counts as coded
SELECT a.child_id, a.row_no, a.decision_date, a.match_date, a.by_foster_carer,
       a.number_of_adopters, a.adopter_sex, a.adopter_legal_status
FROM v_adoption a
WHERE (CASE WHEN (a.decision_date IS NOT NULL OR position(';DATE_INT;' IN coalesce(a.unreadable, '')) > 0) THEN 1 ELSE 0 END
     + CASE WHEN (a.match_date IS NOT NULL OR position(';DATE_MATCH;' IN coalesce(a.unreadable, '')) > 0) THEN 1 ELSE 0 END
     + CASE WHEN (a.by_foster_carer IS NOT NULL OR position(';FOSTER_CARE;' IN coalesce(a.unreadable, '')) > 0) THEN 1 ELSE 0 END
     + CASE WHEN (a.number_of_adopters IS NOT NULL OR position(';NB_ADOPTR;' IN coalesce(a.unreadable, '')) > 0) THEN 1 ELSE 0 END
     + CASE WHEN (a.adopter_sex IS NOT NULL OR position(';SEX_ADOPTR;' IN coalesce(a.unreadable, '')) > 0) THEN 1 ELSE 0 END
     + CASE WHEN (a.adopter_legal_status IS NOT NULL OR position(';LS_ADOPTR;' IN coalesce(a.unreadable, '')) > 0) THEN 1 ELSE 0 END) BETWEEN 1 AND 5
