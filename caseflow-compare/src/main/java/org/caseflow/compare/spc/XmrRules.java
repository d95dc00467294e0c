package org.caseflow.compare.spc;

/**
 * The choices an XmR chart is drawn with.
 *
 * @param baseline how many points (12 to 20) from the start of the series, or of a rebase, the mean
 *     and limits are worked out from; later points are judged against them
 * @param run how many points in a row on one side of the mean make a shift: 7 (the default) or 6
 */
public record XmrRules(int baseline, int run) {
  /** Below this many points in the baseline the limits are provisional. */
  public static final int PROVISIONAL_BELOW = 12;

  /** How many points in a row rising, or falling, make a trend. */
  public static final int TREND = 7;

  /** The multiplier of the mean moving range for the natural process limits. */
  public static final double LIMITS = 2.66;

  /** Moving ranges above this multiple of the mean moving range are left out of the limits. */
  public static final double MOVING_RANGE_LIMIT = 3.267;

  public XmrRules {
    if (baseline < PROVISIONAL_BELOW || baseline > 20) {
      throw new IllegalArgumentException(
          "the baseline is 12 to 20 points, not "
              + baseline
              + "; fewer points make limits"
              + " provisional on their own");
    }
    if (run != 6 && run != 7) {
      throw new IllegalArgumentException("a shift is a run of 6 or 7 points, not " + run);
    }
  }

  /** A baseline of the first 20 points and a shift of 7, as "Making Data Count" recommends. */
  public static XmrRules standard() {
    return new XmrRules(20, 7);
  }
}
