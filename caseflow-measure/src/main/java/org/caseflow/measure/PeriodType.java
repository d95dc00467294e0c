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
  LOOKBACK,
  /**
   * The state on the return's data date, 31 March, as the return records it (Annex A gives each
   * child's last visit or latest review as at that date): only a period ending on 31 March has a
   * value; any other period says why it has none.
   */
  YEAR_END;

  /** Whether a period ending on this day can be measured. */
  public boolean measurableTo(java.time.LocalDate end) {
    return this != YEAR_END
        || (end.getMonth() == java.time.Month.MARCH && end.getDayOfMonth() == 31);
  }

  /** Why a period ending on another day than 31 March has no value, for a YEAR_END indicator. */
  public static final String YEAR_END_ONLY =
      "recorded as at 31 March in the return: measured only for a period ending on 31 March";
}
