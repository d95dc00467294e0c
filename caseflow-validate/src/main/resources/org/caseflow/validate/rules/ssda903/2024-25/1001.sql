-- code: 1001
-- severity: error
-- tables: Episodes,OC3,Header,Episodes_last
-- fields: IN_TOUCH,ACTIV,ACCOM
-- message: The episodes recorded for this young person suggest they are not a relevant or a former
--   relevant child and therefore should not have care leaver information completed.
-- reading: from the episodes of every loaded year (each once, in its latest version; one still open
--   runs to 31 March; V3 and V4 short breaks not counted): not a relevant or former relevant
--   child when looked after under 91 days since the 14th birthday or not at all after the
--   16th, judged only when the loaded years reach back to the 14th birthday, or when the
--   final episode ended in adoption (E11, E12); the row is the child's latest episode of
--   this return, if any
WITH versions AS (
  SELECT e.child_id, e.start_date, e.end_date, e.legal_status, e.reason_ceased,
    row_number() OVER (
      PARTITION BY e.child_id, e.start_date ORDER BY e.collection_year DESC, e.row_no DESC) AS rn
  FROM (
    SELECT h.child_id, h.start_date, h.end_date, h.legal_status, h.reason_ceased,
      h.collection_year, h.row_no
    FROM hist_cla_episode h
    UNION ALL
    SELECT p.child_id, p.start_date, p.end_date, p.legal_status, p.reason_ceased,
      p.collection_year, p.row_no
    FROM last_cla_episode p
  ) e
  WHERE e.start_date IS NOT NULL
),
eps AS (
  SELECT v.child_id, v.start_date, v.end_date, v.legal_status, v.reason_ceased
  FROM versions v
  WHERE v.rn = 1
),
spans AS (
  SELECT p.child_id,
    CASE WHEN p.start_date > add_months(c.birth_date, 168) THEN p.start_date
      ELSE add_months(c.birth_date, 168) END AS from14,
    CASE WHEN p.start_date > add_months(c.birth_date, 192) THEN p.start_date
      ELSE add_months(c.birth_date, 192) END AS from16,
    coalesce(p.end_date, r.reference_date) AS upto
  FROM eps p
  JOIN v_child c ON c.child_id = p.child_id
  CROSS JOIN v_return r
  WHERE coalesce(p.legal_status, '') NOT IN ('V3', 'V4')
),
totals AS (
  SELECT s.child_id,
    sum(CASE WHEN s.upto > s.from14 THEN CAST((extract(epoch FROM CAST(s.upto AS TIMESTAMP)) - extract(epoch FROM CAST(s.from14 AS TIMESTAMP))) / 86400 AS INTEGER) ELSE 0 END) AS d14,
    sum(CASE WHEN s.upto > s.from16 THEN CAST((extract(epoch FROM CAST(s.upto AS TIMESTAMP)) - extract(epoch FROM CAST(s.from16 AS TIMESTAMP))) / 86400 AS INTEGER) ELSE 0 END) AS d16
  FROM spans s
  GROUP BY s.child_id
),
closing AS (
  SELECT p.child_id, p.reason_ceased,
    row_number() OVER (PARTITION BY p.child_id ORDER BY p.start_date DESC) AS rn
  FROM eps p
),
here AS (
  SELECT e.child_id, e.row_no,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date DESC, e.row_no DESC) AS rn
  FROM v_cla_episode e
),
loaded AS (
  SELECT CAST(CAST(min(h.collection_year) - 1 AS VARCHAR) || '-04-01' AS DATE) AS since
  FROM hist_cla_episode h
)
SELECT o.child_id, w.row_no, o.in_touch, o.activity, o.accommodation
FROM v_care_leaver o
JOIN v_child c ON c.child_id = o.child_id
JOIN closing f ON f.child_id = o.child_id AND f.rn = 1
CROSS JOIN loaded l
LEFT JOIN totals t ON t.child_id = o.child_id
LEFT JOIN here w ON w.child_id = o.child_id AND w.rn = 1
WHERE (o.in_touch IS NOT NULL OR o.activity IS NOT NULL OR o.accommodation IS NOT NULL)
  AND (f.reason_ceased IN ('E11', 'E12')
    OR ((coalesce(t.d14, 0) < 91 OR coalesce(t.d16, 0) < 1)
      AND add_months(c.birth_date, 168) >= l.since))
