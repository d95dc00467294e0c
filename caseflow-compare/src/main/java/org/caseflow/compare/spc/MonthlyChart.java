package org.caseflow.compare.spc;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Unit;

/**
 * An indicator's XmR chart over the months ending with one, measured as {@code caseflow indicators
 * --period YYYY-MM} measures each month (one query for the whole series).
 *
 * @param indicator the indicator
 * @param figures the figure for each month, in order
 * @param chart the chart of their values
 */
public record MonthlyChart(Indicator indicator, List<Figure> figures, XmrChart chart) {
  /** The months of a series: {@code months} of them, ending with {@code to}. */
  public static List<ReportingPeriod> months(YearMonth to, int months) {
    if (months < 2) {
      throw new IllegalArgumentException("a chart needs at least two months, not " + months);
    }
    List<ReportingPeriod> out = new ArrayList<>();
    for (int k = months - 1; k >= 0; k--) {
      out.add(ReportingPeriod.of(to.minusMonths(k)));
    }
    return out;
  }

  /**
   * Measures the series and draws its chart: the council's own target (never the neighbours' mean,
   * which is a year's figure) and rebases from {@code targets}; a count has no assurance (a target
   * for a count is for the period it was set for, not for each month).
   */
  public static MonthlyChart measure(
      Measurer measurer,
      Indicator indicator,
      String la,
      YearMonth to,
      int months,
      Targets targets,
      XmrRules rules)
      throws SQLException {
    List<Figure> figures = measurer.measure(indicator, la, months(to, months));
    return of(indicator, figures, targets, rules);
  }

  /**
   * Every indicator's chart, measured with one query per indicator ({@link Measurer#measureAll}),
   * in the order given; indicators with no monthly value (measured only at a year end, or with no
   * data) are kept, without a series ({@link #hasSeries}).
   */
  public static List<MonthlyChart> all(
      org.caseflow.store.Store store,
      org.caseflow.measure.Population population,
      List<Indicator> indicators,
      String la,
      YearMonth to,
      int months,
      Targets targets,
      XmrRules rules)
      throws SQLException {
    List<List<Figure>> figures =
        Measurer.measureAll(store, population, indicators, la, months(to, months));
    List<MonthlyChart> out = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      out.add(of(indicators.get(i), figures.get(i), targets, rules));
    }
    return out;
  }

  /** The chart of figures already measured, one a month in order. */
  public static MonthlyChart of(
      Indicator indicator, List<Figure> figures, Targets targets, XmrRules rules) {
    List<Observation> series = new ArrayList<>();
    for (Figure f : figures) {
      series.add(new Observation(YearMonth.from(f.period().start()), f.value()));
    }
    Double target =
        indicator.unit() == Unit.COUNT
            ? null
            : targets.of(indicator.id()).map(t -> t.target()).orElse(null);
    return new MonthlyChart(
        indicator,
        figures,
        XmrChart.of(series, indicator.polarity(), target, targets.rebases(indicator.id()), rules));
  }

  /** Whether any month has a value (an indicator measured only at a year end has none). */
  public boolean hasSeries() {
    return chart.variation() != Variation.NONE;
  }

  /**
   * What an audience may see of the chart.
   *
   * @param values each month's value, or null for a gap (no value, or a count of one to five
   *     hidden)
   * @param hidden how many months were hidden as small counts
   * @param judged whether the mean, limits, signals, variation, assurance and facts are shown:
   *     false when any month is hidden, since a mean or a limit with the other months' values would
   *     give the hidden one back, and a signal or icon would say where it lies
   * @param facts the facts shown (only the notes on rebases when not judged)
   */
  public record Shown(List<Double> values, int hidden, boolean judged, List<String> facts) {
    /** Why the judgement is not shown, or null when it is. */
    public String reason() {
      return judged
          ? null
          : "the mean, limits and signals are not shown, because "
              + (hidden == 1
                  ? "one month has"
                  : org.caseflow.compare.Formats.words(hidden) + " months have")
              + " a count of one to five";
    }
  }

  /**
   * The chart as an audience sees it: everything for staff; for the public report and councillors
   * ({@link Presentation#suppressed()}), a month whose count is one to five is a gap, and when any
   * month is, no mean, limit, signal or icon is shown either (see {@code docs/spc.md}).
   */
  public Shown shownTo(Presentation presentation) {
    List<Double> values = new ArrayList<>();
    int hidden = 0;
    for (Figure f : figures) {
      Double v = presentation.chartValue(f);
      if (v == null && f.value() != null) {
        hidden++;
      }
      values.add(v);
    }
    boolean judged = hidden == 0;
    List<String> facts = judged ? Facts.of(chart) : rebaseNotes();
    return new Shown(values, hidden, judged, facts);
  }

  private List<String> rebaseNotes() {
    List<String> out = new ArrayList<>();
    for (Segment s : chart.segments()) {
      if (s.rebase() != null) {
        out.add(
            "Limits worked out afresh from "
                + Facts.month(s.from())
                + " (recorded by the council: "
                + s.rebase().reason()
                + ")");
      }
    }
    return out;
  }
}
