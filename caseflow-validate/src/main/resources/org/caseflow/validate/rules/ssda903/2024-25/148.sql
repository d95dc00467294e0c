-- code: 148
-- severity: error
-- tables: Episodes
-- fields: DEC,REC
-- message: Date episode ceased and reason episode ceased must both be coded, or both left blank.
-- reading: a DEC the file holds in a form that is not a date counts as coded (rule 147 reports its
--   form)
SELECT e.child_id, e.row_no, e.end_date, e.reason_ceased
FROM v_cla_episode e
WHERE (e.end_date IS NOT NULL OR position(';DEC;' IN coalesce(e.unreadable, '')) > 0)
   <> (e.reason_ceased IS NOT NULL)
