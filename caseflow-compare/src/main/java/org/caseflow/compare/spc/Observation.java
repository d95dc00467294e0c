package org.caseflow.compare.spc;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of a series.
 *
 * @param month the month
 * @param value the indicator's value, or null when it has none that month (a gap)
 */
public record Observation(YearMonth month, Double value) {
  public Observation {
    Objects.requireNonNull(month, "month");
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("a value must be a finite number");
    }
  }
}
