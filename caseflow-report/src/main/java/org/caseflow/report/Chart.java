package org.caseflow.report;

import java.util.List;
import org.caseflow.measure.Unit;

/**
 * A line chart over periods: the council's values and, where published, England's and the
 * statistical neighbours'.
 *
 * @param title the chart's title
 * @param description the chart in words, for screen readers and alt text
 * @param labels one label per period, oldest first
 * @param series the lines; a null value is a gap (not measured, or suppressed)
 * @param unit the unit of the values, for the axis
 * @param hideSmallTicks whether axis labels from 1 to 5 are left off (public versions)
 */
public record Chart(
    String title,
    String description,
    List<String> labels,
    List<Series> series,
    Unit unit,
    boolean hideSmallTicks) {
  public Chart {
    labels = List.copyOf(labels);
    series = List.copyOf(series);
  }

  /**
   * One line.
   *
   * @param name its name in the legend
   * @param values one per label (null for a gap)
   * @param kind how it is drawn
   */
  public record Series(String name, List<Double> values, Kind kind) {
    public Series {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }

  /**
   * How a line is drawn: the council solid with markers, comparators dashed or dotted and labelled
   * at their end.
   */
  public enum Kind {
    /** The council. */
    COUNCIL,
    /** England. */
    ENGLAND,
    /** The statistical neighbours' mean. */
    NEIGHBOURS,
    /** The council's own target. */
    TARGET;

    /** The words a line of this kind is labelled with at its end (the council's is its name). */
    String label() {
      return switch (this) {
        case COUNCIL -> "";
        case ENGLAND -> "England";
        case NEIGHBOURS -> "Neighbours";
        case TARGET -> "Target";
      };
    }
  }

  /** The smallest and largest value over all series, widened to include zero; {0, 1} if none. */
  double[] range() {
    double lo = 0;
    double hi = 0;
    boolean any = false;
    for (Series s : series) {
      for (Double v : s.values()) {
        if (v != null) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
          any = true;
        }
      }
    }
    if (!any || hi == lo) {
      hi = lo + 1;
    }
    return new double[] {lo, hi};
  }

  /** Tick values: 0 and up in a round step, covering the range, at most 6 intervals. */
  double[] ticks() {
    double[] r = range();
    double span = r[1] - r[0];
    double raw = span / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    if (unit == Unit.COUNT && step < 1) {
      step = 1;
    }
    double start = Math.floor(r[0] / step) * step;
    int n = (int) Math.ceil((r[1] - start) / step - 1e-9);
    double[] out = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      out[i] = start + i * step;
    }
    return out;
  }

  /** The label of a tick, or empty if a public version must not show it. */
  String tickLabel(double v) {
    String s = Fmt.axis(v, unit);
    if (hideSmallTicks && Math.abs(v - Math.rint(v)) < 1e-9 && v >= 1 && v <= 5) {
      return "";
    }
    return s;
  }
}
