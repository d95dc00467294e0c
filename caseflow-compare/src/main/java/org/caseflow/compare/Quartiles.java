package org.caseflow.compare;

import java.util.Collection;
import java.util.List;

/**
 * Quartiles, bands and ranks as LAIT computes them: quantiles by R's default method (type 7); band
 * A is the lowest quarter of values and D the highest (polarity decides which is good); ranks give
 * ties the lowest rank.
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

  /** LAIT's band for a value: A up to Q1, B up to the median, C up to Q3, D above. */
  public String band(double value) {
    if (value <= q1) {
      return "A";
    }
    if (value <= median) {
      return "B";
    }
    return value <= q3 ? "C" : "D";
  }

  /** The median of the values, or null when there are none. */
  public static Double median(Collection<Double> values) {
    return values.isEmpty() ? null : type7(values.stream().sorted().toList(), 0.5);
  }
}
