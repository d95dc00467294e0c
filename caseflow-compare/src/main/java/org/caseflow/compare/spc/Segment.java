package org.caseflow.compare.spc;

import java.time.YearMonth;
import java.util.List;
import org.caseflow.compare.Rebase;

/**
 * A stretch of the chart with one mean and one pair of limits: the whole series, or the months from
 * one rebase to the next.
 *
 * @param from the segment's first month
 * @param to its last month
 * @param rebase the rebase it starts with, or null for the first segment
 * @param baselinePoints how many points with a value the mean and limits were worked out from
 * @param mean the mean of the baseline, or null with fewer than two points
 * @param meanMovingRange the mean moving range of the baseline, without the excluded ones
 * @param lower the lower natural process limit (mean − 2.66 × mean moving range)
 * @param upper the upper natural process limit (mean + 2.66 × mean moving range)
 * @param excluded the months whose moving range (from the month before) exceeded 3.267 × the mean
 *     moving range and was left out of the limits
 */
public record Segment(
    YearMonth from,
    YearMonth to,
    Rebase rebase,
    int baselinePoints,
    Double mean,
    Double meanMovingRange,
    Double lower,
    Double upper,
    List<YearMonth> excluded) {
  public Segment {
    excluded = List.copyOf(excluded);
  }

  /** Whether the segment has limits (at least two points with a value in its baseline). */
  public boolean hasLimits() {
    return mean != null;
  }

  /** Whether its limits rest on fewer than {@link XmrRules#PROVISIONAL_BELOW} points. */
  public boolean provisional() {
    return baselinePoints < XmrRules.PROVISIONAL_BELOW;
  }

  /** The line two-thirds of the way from the mean to the upper limit. */
  public double upperTwoThirds() {
    return mean + (upper - mean) * 2 / 3;
  }

  /** The line two-thirds of the way from the mean to the lower limit. */
  public double lowerTwoThirds() {
    return mean - (mean - lower) * 2 / 3;
  }
}
