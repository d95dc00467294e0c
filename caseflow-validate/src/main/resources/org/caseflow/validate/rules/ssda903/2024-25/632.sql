-- code: 632
-- severity: error
-- tables: Episodes,PrevPerm
-- fields: DATE_PERM,DECOM
-- message: Date of previous permanence order not a valid value.
-- reading: DATE_PERM is dd/mm/yyyy (or yyyy-mm-dd), any part of it ZZ where not known; a whole date
--   must be before the DECOM of the child's first episode of the return, whose row is given
WITH given AS (
  SELECT p.child_id, p.row_no, p.permanence_date AS raw,
    CASE
      WHEN length(trim(p.permanence_date)) = 10
        AND substring(trim(p.permanence_date) FROM 5 FOR 1) = '-'
        AND substring(trim(p.permanence_date) FROM 8 FOR 1) = '-'
      THEN upper(substring(trim(p.permanence_date) FROM 9 FOR 2) || '/'
        || substring(trim(p.permanence_date) FROM 6 FOR 2) || '/'
        || substring(trim(p.permanence_date) FROM 1 FOR 4))
      ELSE upper(trim(p.permanence_date))
    END AS d
  FROM v_previous_permanence p
  WHERE p.permanence_date IS NOT NULL
),
parts AS (
  SELECT g.child_id, g.row_no, g.raw,
    length(g.d) = 10 AND substring(g.d FROM 3 FOR 1) = '/' AND substring(g.d FROM 6 FOR 1) = '/'
      AS shaped,
    substring(g.d FROM 1 FOR 2) AS dd, substring(g.d FROM 4 FOR 2) AS mm,
    substring(g.d FROM 7 FOR 4) AS yyyy
  FROM given g
),
kinds AS (
  SELECT p.*,
    translate(p.dd, '0123456789', '') = '' AS dnum,
    translate(p.mm, '0123456789', '') = '' AS mnum,
    translate(p.yyyy, '0123456789', '') = '' AND length(p.yyyy) = 4 AS ynum
  FROM parts p
),
nums AS (
  SELECT k.*,
    CAST(CASE WHEN k.shaped AND k.dnum THEN k.dd ELSE '0' END AS INTEGER) AS di,
    CAST(CASE WHEN k.shaped AND k.mnum THEN k.mm ELSE '0' END AS INTEGER) AS mi,
    CAST(CASE WHEN k.shaped AND k.ynum THEN k.yyyy ELSE '0' END AS INTEGER) AS yi
  FROM kinds k
),
checked AS (
  SELECT n.child_id, n.row_no, n.raw,
    n.shaped
      AND (n.dd = 'ZZ' OR (n.dnum AND n.di BETWEEN 1 AND 31))
      AND (n.mm = 'ZZ' OR (n.mnum AND n.mi BETWEEN 1 AND 12))
      AND (n.yyyy = 'ZZZZ' OR n.ynum)
      AND (NOT (n.dnum AND n.mnum) OR n.di <= CASE
        WHEN n.mi IN (4, 6, 9, 11) THEN 30
        WHEN n.mi = 2 THEN CASE
          WHEN NOT n.ynum OR (n.yi % 4 = 0 AND (n.yi % 100 <> 0 OR n.yi % 400 = 0)) THEN 29
          ELSE 28 END
        ELSE 31 END) AS valid,
    n.shaped AND n.dnum AND n.mnum AND n.ynum AS whole,
    n.yyyy || '-' || n.mm || '-' || n.dd AS iso
  FROM nums n
),
dated AS (
  SELECT c.child_id, c.row_no, c.raw, c.valid,
    CAST(CASE WHEN c.valid AND c.whole THEN c.iso ELSE '1900-01-01' END AS DATE) AS perm,
    c.valid AND c.whole AS whole
  FROM checked c
),
earliest AS (
  SELECT e.child_id, e.row_no, e.start_date,
    row_number() OVER (PARTITION BY e.child_id ORDER BY e.start_date, e.row_no) AS rn
  FROM v_cla_episode e
)
SELECT d.child_id, f.row_no, d.raw, f.start_date
FROM dated d
LEFT JOIN earliest f ON f.child_id = d.child_id AND f.rn = 1
WHERE NOT d.valid
   OR (d.whole AND d.perm >= f.start_date)
