package org.caseflow.compare.spc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.caseflow.compare.Rebase;
import org.caseflow.measure.Polarity;

/** Fixture builder: a monthly series from January 2024 and the chart drawn from it. */
final class Series {
  static final YearMonth FIRST = YearMonth.of(2024, 1);

  /**
   * The base series: 12 months alternating 11 and 9, from January to December 2024. Mean 10; 11
   * moving ranges of 2, so a mean moving range of 2; limits 10 ± 2.66 × 2 = 4.68 and 15.32;
   * two-thirds lines 10 ± 3.5467 = 6.4533 and 13.5467. No rule fires on it.
   */
  static final double[] BASE = {11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9};

  private final List<Double> values = new ArrayList<>();
  private Polarity polarity = Polarity.HIGH;
  private Double target;
  private final List<Rebase> rebases = new ArrayList<>();
  private XmrRules rules = new XmrRules(12, 7);

  static Series of(double... values) {
    Series s = new Series();
    return s.then(values);
  }

  static Series base() {
    return of(BASE);
  }

  Series then(double... more) {
    Arrays.stream(more).forEach(values::add);
    return this;
  }

  Series gap() {
    values.add(null);
    return this;
  }

  Series polarity(Polarity p) {
    this.polarity = p;
    return this;
  }

  Series target(Double t) {
    this.target = t;
    return this;
  }

  Series rebase(YearMonth from, String reason) {
    rebases.add(new Rebase(from, reason));
    return this;
  }

  Series rules(int baseline, int run) {
    this.rules = new XmrRules(baseline, run);
    return this;
  }

  XmrChart chart() {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      obs.add(new Observation(FIRST.plusMonths(i), values.get(i)));
    }
    return XmrChart.of(obs, polarity, target, rebases, rules);
  }

  /** The month of the n-th point, counting from 1. */
  static YearMonth month(int n) {
    return FIRST.plusMonths(n - 1);
  }

  /** The numbers (from 1) of the points with a signal of the kind. */
  static List<Integer> with(XmrChart c, Signal s) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < c.points().size(); i++) {
      if (c.points().get(i).signals().contains(s)) {
        out.add(i + 1);
      }
    }
    return out;
  }

  /** The numbers (from 1) of the points with any signal. */
  static List<Integer> special(XmrChart c) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < c.points().size(); i++) {
      if (c.points().get(i).isSpecial()) {
        out.add(i + 1);
      }
    }
    return out;
  }
}
