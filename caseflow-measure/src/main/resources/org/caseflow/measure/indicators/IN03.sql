-- id: IN03
-- name: Contacts progressing to a referral
-- stage: INPUTS
-- definition: Contacts received in the period (Annex A list 1) for a child who has a referral in
--   the CIN census dated on the day of the contact or in the 7 days after it, as a percentage of
--   all contacts in the period. This is the contact-based variant (each contact is followed to a
--   referral of the same child), not the ratio of referrals to contacts; a contact on the last
--   day of the period may progress to a referral after it.
-- numerator: contacts in the period with a referral of the same child on the contact date or in
--   the 7 days after
-- denominator: contacts in the period (IN01)
-- unit: PERCENT
-- polarity: NONE
-- period: EVENT
-- source: Annex A list 1, CIN census
-- lait: -
-- requires: aa_contact, cin_episode
-- subject: contacts
contact_progress AS MATERIALIZED (
  SELECT c.child_id, c.contact_date,
    CASE WHEN EXISTS (SELECT 1 FROM cin_episode e WHERE e.la = c.la AND e.is_current
      AND e.child_id = c.child_id AND e.referral_date >= c.contact_date
      AND e.referral_date <= c.contact_date + 7) THEN 1 ELSE 0 END AS progressed
  FROM aa_contact c
  WHERE c.la = :la AND c.is_current
)
-- per period
SELECT p.child_id, p.contact_date AS event_date, p.progressed AS in_numerator,
  1 AS in_denominator
FROM contact_progress p
WHERE p.contact_date BETWEEN :start AND :end
