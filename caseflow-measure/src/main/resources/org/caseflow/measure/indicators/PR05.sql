-- id: PR05
-- name: Factors identified at assessment
-- stage: PROCESSES
-- definition: Factors identified at the end of assessments authorised in the period, grouped:
--   domestic abuse (3A to 3C), mental health (4A to 4C), drug misuse (2A to 2C), alcohol misuse
--   (1A to 1C), neglect (16A), emotional abuse (17A), physical abuse (18A to 18C), sexual abuse
--   (19A to 19C), child sexual exploitation (11A), child criminal exploitation (24A), going
--   missing (10A), learning disability (5A to 5C), other. Each factor counts once per
--   assessment.
-- numerator: factors recorded on assessments authorised in the period, by group
-- unit: COUNT
-- polarity: NONE
-- period: EVENT
-- source: CIN census
-- requires: assessment_factor
-- subject: factors
-- breakdown: factor group
pr05_factor AS MATERIALIZED (
  SELECT f.child_id, a.authorisation_date,
  CASE
    WHEN f.factor IN ('3A', '3B', '3C') THEN 'Domestic abuse'
    WHEN f.factor IN ('4A', '4B', '4C') THEN 'Mental health'
    WHEN f.factor IN ('2A', '2B', '2C') THEN 'Drug misuse'
    WHEN f.factor IN ('1A', '1B', '1C') THEN 'Alcohol misuse'
    WHEN f.factor = '16A' THEN 'Neglect'
    WHEN f.factor = '17A' THEN 'Emotional abuse'
    WHEN f.factor IN ('18A', '18B', '18C') THEN 'Physical abuse'
    WHEN f.factor IN ('19A', '19B', '19C') THEN 'Sexual abuse'
    WHEN f.factor = '11A' THEN 'Child sexual exploitation'
    WHEN f.factor = '24A' THEN 'Child criminal exploitation'
    WHEN f.factor = '10A' THEN 'Going missing'
    WHEN f.factor IN ('5A', '5B', '5C') THEN 'Learning disability'
    ELSE 'Other'
  END AS category
  FROM assessment_factor f
  JOIN assessment a ON a.batch_id = f.batch_id AND a.child_id = f.child_id
    AND a.episode_no = f.episode_no AND a.assessment_no = f.assessment_no
  WHERE f.la = :la AND f.is_current AND a.authorisation_date IS NOT NULL
)
-- per period
SELECT x.child_id, x.authorisation_date AS event_date, 1 AS in_numerator, 1 AS in_denominator,
  x.category
FROM pr05_factor x
WHERE x.authorisation_date BETWEEN :start AND :end
