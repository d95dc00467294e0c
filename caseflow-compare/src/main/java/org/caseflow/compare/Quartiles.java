package org.caseflow.compare;

import java.util.Collection;
import java.util.List;

/**
 * Quartiles and bands: quantiles as LAIT computes them, by R's default method (type 7); bands say
 * the same as ranks, in quarters: band A is the best-performing quarter of councils given the
 * indicator's polarity and D the worst (a value on a quartile falls in the better band); an
 * indicator with no polarity has no band.
 *
 * @param q1 the 25th percentile
 * @param median the 50th percentile
 * @param q3 the 75th percentile
 * @param count how many councils have a value
 */
public record Quartiles(double q1, double median, double q3, int count) {

  /** The quartiles of the values (at least one). */
  public static Quartiles of(Collection<Double> values) {
    List<Double> v = values.stream().sorted().toList();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    return new Quartiles(type7(v, 0.25), type7(v, 0.5), type7(v, 0.75), v.size());
  }

  /** R's {@code quantile(type = 7)} of sorted values. */
  static double type7(List<Double> sorted, double p) {
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.size() - 1);
    return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
  }

  /**
   * The band for a value given the polarity: A the best quarter, D the worst. Lower is better: A up
   * to Q1, B up to the median, C up to Q3, D above. Higher is better: A from Q3 up, B from the
   * median, C from Q1, D below. No polarity: null.
   */
  public String band(double value, org.caseflow.measure.Polarity polarity) {
    return switch (polarity) {
      case LOW -> value <= q1 ? "A" : value <= median ? "B" : value <= q3 ? "C" : "D";
      case HIGH -> value >= q3 ? "A" : value >= median ? "B" : value >= q1 ? "C" : "D";
      case NONE -> null;
    };
  }

  /** The legend for bands, said wherever a band is shown. */
  public static final String LEGEND =
      "band A is the best-performing quarter of councils, D the worst";

  /** The median of the values, or null when there are none. */
  public static Double median(Collection<Double> values) {
    return values.isEmpty() ? null : type7(values.stream().sorted().toList(), 0.5);
  }
}
