package org.caseflow.measure;

/** What an indicator's value is. */
public enum Unit {
  /** A count of events or children; no denominator. */
  COUNT,
  /** Numerator as a percentage of denominator. */
  PERCENT,
  /**
   * Numerator divided by denominator, not as a percentage: e.g. cases held per full-time equivalent
   * social worker.
   */
  RATIO,
  /** Numerator per 10,000 children aged 0 to 17 (ONS mid-year estimate). */
  RATE_PER_10K,
  /** The mean of a measure (e.g. days, a score) over the denominator's members. */
  MEAN,
  /** The median of a measure over the denominator's members. */
  MEDIAN
}
