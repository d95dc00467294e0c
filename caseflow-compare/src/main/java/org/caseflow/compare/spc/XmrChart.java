package org.caseflow.compare.spc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caseflow.compare.Rebase;
import org.caseflow.measure.Polarity;

/**
 * An XmR chart (individual values and their moving ranges) of a monthly series, as NHS England's
 * "Making Data Count" draws it; see {@code docs/spc.md} for the method and its choices.
 *
 * @param points every month, in order, with its signals
 * @param segments the stretches with one mean and pair of limits (more than one only after a
 *     rebase)
 * @param variation the variation icon (what the latest point with a value says)
 * @param assurance the assurance icon (the target against the latest segment's limits)
 * @param polarity which side is good
 * @param target the target judged, or null
 * @param rules the choices it was drawn with
 */
public record XmrChart(
    List<Point> points,
    List<Segment> segments,
    Variation variation,
    Assurance assurance,
    Polarity polarity,
    Double target,
    XmrRules rules) {
  public XmrChart {
    points = List.copyOf(points);
    segments = List.copyOf(segments);
  }

  /**
   * Draws the chart.
   *
   * @param series the months in order, without repeats (a month with no value is a gap: it is
   *     neither plotted nor counted, and the moving range spans it)
   * @param polarity which side is good (signals on an indicator with none are neutral)
   * @param target the council's target, or null
   * @param rebases the months the council chose to start the limits again, each with its reason (a
   *     rebase before the first month or after the last changes nothing)
   * @param rules the baseline length and the length of a shift
   */
  public static XmrChart of(
      List<Observation> series,
      Polarity polarity,
      Double target,
      List<Rebase> rebases,
      XmrRules rules) {
    for (int i = 1; i < series.size(); i++) {
      if (!series.get(i).month().isAfter(series.get(i - 1).month())) {
        throw new IllegalArgumentException(
            "the months must be in order without repeats: "
                + series.get(i - 1).month()
                + " then "
                + series.get(i).month());
      }
    }
    List<Point> points = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    Rebase opening = null;
    List<Rebase> later = new ArrayList<>();
    for (Rebase r : rebases) {
      if (!series.isEmpty() && !r.from().isAfter(series.get(0).month())) {
        opening = r;
      } else {
        later.add(r);
      }
    }
    Rebase startsWith = opening;
    for (int k = 0; k <= later.size(); k++) {
      YearMonth until = k < later.size() ? later.get(k).from() : null;
      int end = start;
      while (end < series.size() && (until == null || series.get(end).month().isBefore(until))) {
        end++;
      }
      if (end > start) {
        segments.add(segment(series.subList(start, end), startsWith, polarity, rules, points));
      }
      start = end;
      if (k < later.size()) {
        startsWith = later.get(k);
      }
    }
    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    Variation variation = Variation.NONE;
    if (last != null && last.hasLimits()) {
      for (int i = points.size() - 1; i >= 0; i--) {
        Point p = points.get(i);
        if (p.value() != null) {
          variation =
              p.isSpecial() ? Variation.of(p.high(), p.judgement()) : Variation.COMMON_CAUSE;
          break;
        }
      }
    }
    Assurance assurance =
        last == null || !last.hasLimits()
            ? Assurance.NONE
            : Assurance.of(target, last.lower(), last.upper(), polarity);
    return new XmrChart(points, segments, variation, assurance, polarity, target, rules);
  }

  /** The segment the latest month belongs to, whose mean and limits the summary gives. */
  public Segment latest() {
    return segments.isEmpty() ? null : segments.get(segments.size() - 1);
  }

  /** The segment a month belongs to. */
  public Segment segmentOf(YearMonth month) {
    for (Segment s : segments) {
      if (!month.isBefore(s.from()) && !month.isAfter(s.to())) {
        return s;
      }
    }
    throw new IllegalArgumentException("no segment holds " + month);
  }

  private static Segment segment(
      List<Observation> months, Rebase rebase, Polarity polarity, XmrRules rules, List<Point> out) {
    List<Integer> at = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      if (months.get(i).value() != null) {
        at.add(i);
        v.add(months.get(i).value());
      }
    }
    int n = Math.min(rules.baseline(), v.size());
    YearMonth from = months.get(0).month();
    YearMonth to = months.get(months.size() - 1).month();
    List<Set<Signal>> signals = new ArrayList<>();
    int[] side = new int[v.size()];
    for (int i = 0; i < v.size(); i++) {
      signals.add(EnumSet.noneOf(Signal.class));
    }
    Segment segment;
    if (n < 2) {
      segment = new Segment(from, to, rebase, n, null, null, null, null, List.of());
    } else {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += v.get(i);
      }
      double mean = sum / n;
      double ranges = 0;
      for (int i = 1; i < n; i++) {
        ranges += Math.abs(v.get(i) - v.get(i - 1));
      }
      double mr = ranges / (n - 1);
      // Screen once: moving ranges above 3.267 × the mean moving range are left out.
      List<YearMonth> excluded = new ArrayList<>();
      double kept = 0;
      int keptCount = 0;
      for (int i = 1; i < n; i++) {
        double r = Math.abs(v.get(i) - v.get(i - 1));
        if (Tolerance.above(r, XmrRules.MOVING_RANGE_LIMIT * mr)) {
          excluded.add(months.get(at.get(i)).month());
        } else {
          kept += r;
          keptCount++;
        }
      }
      if (!excluded.isEmpty()) {
        mr = kept / keptCount;
      }
      double lower = mean - XmrRules.LIMITS * mr;
      double upper = mean + XmrRules.LIMITS * mr;
      segment = new Segment(from, to, rebase, n, mean, mr, lower, upper, excluded);
      rules(v, segment, rules, signals, side);
    }
    int next = 0;
    for (int i = 0; i < months.size(); i++) {
      Observation o = months.get(i);
      if (next < at.size() && at.get(next) == i) {
        Set<Signal> s = signals.get(next);
        boolean high = side[next] > 0;
        out.add(
            new Point(
                o.month(),
                o.value(),
                s,
                !s.isEmpty() && high,
                s.isEmpty() ? null : Judgement.of(high, polarity),
                next < n));
        next++;
      } else {
        out.add(new Point(o.month(), null, Set.of(), false, null, false));
      }
    }
    return segment;
  }

  /**
   * Applies the rules in order to the segment's values; {@code side} gets, for each point with a
   * signal, the side of its first signal (+1 high, −1 low).
   */
  private static void rules(
      List<Double> v, Segment s, XmrRules rules, List<Set<Signal>> signals, int[] side) {
    int n = v.size();
    double mean = s.mean();
    int[] relative = new int[n];
    int[] close = new int[n];
    for (int i = 0; i < n; i++) {
      double x = v.get(i);
      relative[i] = Tolerance.above(x, mean) ? 1 : Tolerance.below(x, mean) ? -1 : 0;
      close[i] =
          Tolerance.above(x, s.upperTwoThirds())
              ? 1
              : Tolerance.below(x, s.lowerTwoThirds()) ? -1 : 0;
    }
    // 1. A point beyond a limit (strictly: a point on a limit is inside).
    for (int i = 0; i < n; i++) {
      double x = v.get(i);
      if (Tolerance.above(x, s.upper()) || Tolerance.below(x, s.lower())) {
        mark(signals, side, i, Signal.OUTSIDE_LIMITS, relative[i]);
      }
    }
    // 2. A run of points on one side of the mean; a point on the mean ends a run.
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && relative[i] != 0 && relative[j] == relative[i]) {
        j++;
      }
      if (j - i >= rules.run()) {
        for (int k = i; k < j; k++) {
          mark(signals, side, k, Signal.SHIFT, relative[i]);
        }
      }
      i = Math.max(j, i + 1);
    }
    // 3. Seven points in a row each higher (or each lower) than the one before; a repeat ends it.
    for (int dir : new int[] {1, -1}) {
      for (int i = 0; i < n; ) {
        int j = i + 1;
        while (j < n
            && (dir > 0
                ? Tolerance.above(v.get(j), v.get(j - 1))
                : Tolerance.below(v.get(j), v.get(j - 1)))) {
          j++;
        }
        if (j - i >= XmrRules.TREND) {
          for (int k = i; k < j; k++) {
            mark(signals, side, k, Signal.TREND, dir);
          }
        }
        i = j;
      }
    }
    // 4. Two of three consecutive points beyond two-thirds of the way to a limit, same side
    //    (a point beyond the limit is beyond two-thirds too); the points beyond are marked.
    for (int i = 0; i + 2 < n; i++) {
      for (int dir : new int[] {1, -1}) {
        int count = 0;
        for (int k = i; k < i + 3; k++) {
          count += close[k] == dir ? 1 : 0;
        }
        if (count >= 2) {
          for (int k = i; k < i + 3; k++) {
            if (close[k] == dir) {
              mark(signals, side, k, Signal.TWO_OF_THREE, dir);
            }
          }
        }
      }
    }
  }

  private static void mark(
      List<Set<Signal>> signals, int[] side, int i, Signal signal, int direction) {
    if (signals.get(i).isEmpty()) {
      side[i] = direction;
    }
    signals.get(i).add(signal);
  }
}
