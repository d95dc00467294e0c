-- id: leavers-not-in-touch
-- title: Care leavers the council is not in touch with
-- timescale: The council in touch with every care leaver (CL07). Listed: care leavers in Annex A
--   list 9 of the collection year containing the reference date recorded as not in touch (NO),
--   refusing contact (REFU) or with nothing recorded; those who died, returned home for 6
--   months or more, or no longer need services are left out.
-- source: Annex A list 9 (care leavers)
-- last: Latest contact
-- overdue: Days since contact
-- detail: In touch
SELECT l.child_id, l.allocated_team AS team, l.allocated_worker AS worker,
  age_years(l.birth_date, :ref) AS age, CAST(NULL AS DATE) AS start_date,
  l.latest_contact_date AS last_date, CAST(NULL AS DATE) AS due_date,
  CAST(:ref - l.latest_contact_date AS INTEGER) AS overdue,
  coalesce(l.in_touch, 'not recorded') AS detail
FROM aa_care_leaver l
WHERE l.la = :la AND l.is_current AND l.collection_year = :year
  AND coalesce(l.in_touch, '') NOT IN ('YES', 'DIED', 'RHOM', 'NREQ')
