-- code: 167
-- severity: error
-- tables: Reviews
-- fields: REVIEW_CODE
-- message: Data entry for participation is invalid or blank.
-- reading: a review with a date (readable or not) needs a participation code of the list; a row
--   with neither date nor code is left alone, and a code without a date is flagged
SELECT v.child_id, v.row_no, v.participation
FROM v_cla_review v
WHERE CASE
        WHEN v.review_date IS NOT NULL OR position(';REVIEW;' IN coalesce(v.unreadable, '')) > 0
          THEN coalesce(v.participation, '') NOT IN (
            'PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
        ELSE v.participation IS NOT NULL
      END
