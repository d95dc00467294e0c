-- code: 525
-- severity: error
-- tables: PlacedAdoption,AD1
-- fields: DATE_PLACED_CEASED,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
-- message: A child for whom the decision to be placed for adoption has been reversed cannot be
--   adopted during the year.
-- reading: the child's latest decision (by DATE_PLACED) is the one that counts, as earlier ones
--   must have been reversed (583); an AD1 row with any adoption field completed shows the child
--   adopted
WITH latest AS (
  SELECT p.child_id, p.row_no, p.decision_ceased_date,
    row_number() OVER (PARTITION BY p.child_id
      ORDER BY p.decision_date DESC NULLS LAST, p.row_no DESC) AS n
  FROM v_placed_for_adoption p
)
SELECT l.child_id, l.row_no, l.decision_ceased_date, a.decision_date, a.match_date,
  a.by_foster_carer, a.number_of_adopters, a.adopter_sex, a.adopter_legal_status
FROM latest l
JOIN v_adoption a ON a.child_id = l.child_id
WHERE l.n = 1
  AND l.decision_ceased_date IS NOT NULL
  AND (a.decision_date IS NOT NULL OR a.match_date IS NOT NULL OR a.by_foster_carer IS NOT NULL
    OR a.number_of_adopters IS NOT NULL OR a.adopter_sex IS NOT NULL
    OR a.adopter_legal_status IS NOT NULL)
