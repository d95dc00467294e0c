package org.caseflow.compare.spc;

import java.time.YearMonth;
import java.util.Set;

/**
 * One month on the chart.
 *
 * @param month the month
 * @param value the value, or null for a gap
 * @param signals the special-cause rules the point is part of (none for common cause)
 * @param high whether the point's first signal (in rule order) is on the high side: above the mean,
 *     or rising for a trend; false when it has none
 * @param judgement what its first signal means for the indicator, or null when it has none
 * @param baseline whether the point is in its segment's baseline (its limits were worked out from
 *     it)
 */
public record Point(
    YearMonth month,
    Double value,
    Set<Signal> signals,
    boolean high,
    Judgement judgement,
    boolean baseline) {
  public Point {
    signals =
        signals.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(signals));
  }

  /** Whether the point is part of any special-cause signal. */
  public boolean isSpecial() {
    return !signals.isEmpty();
  }
}
