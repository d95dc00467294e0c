-- code: 575
-- severity: error
-- tables: Episodes,Missing
-- fields: MIS_END
-- message: If the placement from which the child goes missing/away from placement without
--   authorisation ends, the missing/away from placement without authorisation period in the missing
--   module must also have an end date.
-- reading: a period with no MIS_END that started while an episode that has ended was running (on or
--   after its DECOM, before its DEC) is flagged at that episode; going missing on the day an
--   episode ended counts as going missing from the next placement
SELECT DISTINCT e.child_id, e.row_no, m.end_date
FROM v_cla_episode e
JOIN v_missing_episode m ON m.child_id = e.child_id
WHERE e.end_date IS NOT NULL
  AND m.end_date IS NULL
  AND m.start_date >= e.start_date
  AND m.start_date < e.end_date
