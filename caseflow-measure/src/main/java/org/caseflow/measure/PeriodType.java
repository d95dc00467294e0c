package org.caseflow.measure;

/** How an indicator relates to its period. */
public enum PeriodType {
  /** Counts events dated within the period. */
  EVENT,
  /** The state on the period's last day. */
  SNAPSHOT,
  /** A population defined relative to the period's end (e.g. looked after 12 months). */
  COHORT,
  /** Events in the period judged against history before it (e.g. re-referrals). */
  LOOKBACK
}
