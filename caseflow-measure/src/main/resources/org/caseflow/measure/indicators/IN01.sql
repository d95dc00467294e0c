-- id: IN01
-- name: Contacts received
-- stage: INPUTS
-- definition: Contacts received in the period, from Ofsted Annex A list 1 (contacts have no
--   statutory return of their own). Each contact counts.
-- numerator: Annex A list 1 rows whose Date of Contact falls in the period
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: Annex A list 1
-- requires: aa_contact
-- subject: contacts
SELECT c.child_id, c.contact_date AS event_date, 1 AS in_numerator, 0 AS in_denominator
FROM aa_contact c
WHERE c.la = :la AND c.is_current AND c.contact_date BETWEEN :start AND :end
