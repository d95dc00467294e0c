package org.caseflow.web.indicator;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Formats;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.Rag;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.store.Provenance;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Markup;
import org.caseflow.web.Role;
import org.caseflow.web.Routes;
import org.caseflow.web.ScorecardView;
import org.caseflow.web.Session;
import org.caseflow.web.Shown;
import org.caseflow.web.Svg;
import org.caseflow.web.Views;
import org.caseflow.web.Web;
import org.caseflow.web.scorecard.ScorecardPage;

/** An indicator's page: figure, trend, breakdown, benchmarks, definition and findings. */
public final class IndicatorPage {
  /** A row of two cells: a heading and its value. */
  record Pair(String head, String value) {}

  /**
   * An import finding in a table the indicator reads, as the audience sees it.
   *
   * @param table the table
   * @param code the finding's code
   * @param severity its severity
   * @param field the field
   * @param example an example value from a row, or null (never shown to councillors)
   * @param count how many, as shown
   */
  record FindingRow(
      String table, String code, String severity, String field, String example, String count) {}

  /**
   * A trend row.
   *
   * @param period the period's label
   * @param figure its figures as shown
   */
  record TrendRow(String period, Presentation.ShownFigure figure) {}

  /**
   * The benchmarks, when there is a published equivalent.
   *
   * @param year the publication's year
   * @param rows council, England, region, neighbours' mean and median, position
   * @param model the statistical neighbour model
   * @param neighbours each neighbour's published value
   */
  record Benchmarks(String year, List<Pair> rows, String model, List<Pair> neighbours) {}

  /**
   * The page.
   *
   * @param frame the frame
   * @param line the indicator's line as shown to the audience
   * @param la the council
   * @param period the period
   * @param chart the trend chart
   * @param trend the trend's rows
   * @param benchmarks the benchmarks, or null
   * @param warnings plain warnings: coverage of the period, a comparison refused
   * @param definition the definition's terms
   * @param findings the import findings of the tables it reads
   * @param validation the DfE validation errors in those tables, as sentences
   * @param suppressed whether counts from 1 to 5 are shown as c
   * @param seesChildren whether the role may open the children behind it
   * @param raisesActions whether the role may raise an action
   * @param laName the council's name
   * @param breakdownChart the breakdown as bars, or null when it has none
   * @param spc the XmR (statistical process control) chart, or null: its place on the page is kept
   *     for the SPC work to fill
   */
  record Page(
      Frame frame,
      Presentation.Line line,
      String la,
      ReportingPeriod period,
      Markup chart,
      List<TrendRow> trend,
      Benchmarks benchmarks,
      List<String> warnings,
      List<Pair> definition,
      List<FindingRow> findings,
      List<String> validation,
      boolean suppressed,
      boolean seesChildren,
      boolean raisesActions,
      String laName,
      Markup breakdownChart,
      Markup spc) {
    String raisedFrom() {
      return line.id() + " " + line.name() + ", " + period.label();
    }

    Rag rag() {
      return line.rag();
    }

    String target() {
      return line.targetSource().isEmpty()
          ? line.target()
          : line.target() + " (" + line.targetSource() + ")";
    }
  }

  private final Web web;

  private IndicatorPage(Web web) {
    this.web = web;
  }

  /** Adds the indicator page's route. */
  public static void routes(Routes r, Web web) {
    r.get(Area.INDICATOR, "/indicators/{id}", new IndicatorPage(web)::show);
  }

  private void show(Context ctx) {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    ScorecardView v = web.view(p);
    PeriodScorecard.Entry e =
        v.entry(ctx.pathParam("id"))
            .orElseThrow(() -> Halt.status(404, "There is no indicator with that id."));
    Indicator i = e.indicator();
    boolean suppressed = s.role().suppressed();
    Presentation show = Presentation.of(suppressed);
    Markup chart = chart(e, show);
    List<TrendRow> trend = new ArrayList<>();
    for (Figure t : e.trend()) {
      trend.add(new TrendRow(Formats.label(t.period()), show.figure(t)));
    }
    List<Pair> definition =
        List.of(
            new Pair("What it means", i.definition()),
            new Pair("Numerator", i.numerator()),
            new Pair("Denominator", i.denominator()),
            new Pair("Unit", Formats.unitWords(i)),
            new Pair("Better when", i.polarity().name().toLowerCase(Locale.ROOT)),
            new Pair("Source", i.source()),
            new Pair("LAIT measure", i.laitCode()));
    Views.page(
        ctx,
        "indicator/page.jte",
        new Page(
            Web.frame(ctx, i.id() + " " + i.name()),
            show.line(e),
            v.la(),
            v.period(),
            chart,
            trend,
            benchmarks(e.line().benchmark(), i, e.line().benchmarkYear()),
            Presentation.warnings(e.line()),
            definition,
            findings(e.quality(), show),
            validation(e.quality(), show),
            suppressed,
            Area.CHILDREN.allows(s.role()),
            s.role() != Role.COUNCILLOR,
            web.laName(),
            breakdownChart(e, show),
            null));
  }

  /**
   * Whether an indicator's trend is drawn from zero: counts and rates (a percentage, a rate per
   * 10,000, a ratio), so a small change is not drawn as a large one; means and medians (days) are
   * drawn over their own range.
   */
  static boolean fromZero(Indicator i) {
    return switch (i.unit()) {
      case COUNT, PERCENT, RATE_PER_10K, RATIO -> true;
      default -> false;
    };
  }

  /**
   * The trend chart: the council's values by period, with England and the neighbours' mean of the
   * published year (when the figure is comparable with it) and the target as flat lines.
   */
  static Markup chart(PeriodScorecard.Entry e, Presentation show) {
    Indicator i = e.indicator();
    List<String> labels = e.trend().stream().map(x -> Formats.label(x.period())).toList();
    List<Svg.Reference> refs = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Benchmark b = e.line().benchmark();
    if (b != null
        && e.line().comparison() == org.caseflow.compare.Comparability.Verdict.SAME_KIND) {
      if (b.england() != null) {
        refs.add(
            new Svg.Reference(
                "England " + e.line().benchmarkYear(), b.england(), Svg.Kind.ENGLAND));
        words.add("England " + e.line().benchmarkYear() + " " + Formats.value(b.england(), i));
      }
      if (b.neighbourMean() != null) {
        refs.add(
            new Svg.Reference(
                "Neighbours' mean " + e.line().benchmarkYear(),
                b.neighbourMean(),
                Svg.Kind.NEIGHBOURS));
        words.add(
            "statistical neighbours' mean "
                + e.line().benchmarkYear()
                + " "
                + Formats.value(b.neighbourMean(), i));
      }
    }
    if (e.line().target() != null) {
      refs.add(new Svg.Reference("Target", e.line().target().target(), Svg.Kind.TARGET));
      words.add("target " + Formats.value(e.line().target().target(), i));
    }
    String label =
        ScorecardPage.trendLabel(e.trend(), show)
            + (words.isEmpty() ? "" : "; " + String.join(", ", words))
            + (fromZero(i) ? "; the scale starts at zero" : "");
    return Svg.trend(ScorecardPage.trendValues(e.trend(), show), labels, label, refs, fromZero(i));
  }

  /** The breakdown as bars (suppressed cells as no bar, written c), or null without one. */
  static Markup breakdownChart(PeriodScorecard.Entry e, Presentation show) {
    PeriodScorecard.Breakdown b = e.breakdown();
    if (b == null) {
      return null;
    }
    List<List<String>> rows = show.breakdown(b);
    boolean[] hidden = show.hidden(b.counts(), b.total());
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (int k = 0; k < b.categories().size(); k++) {
      names.add(b.categories().get(k).name());
      values.add(hidden[k] ? null : (double) b.categories().get(k).count());
      shown.add(rows.get(k).get(1));
    }
    List<String> words = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      words.add(names.get(k) + " " + shown.get(k));
    }
    return Svg.bars(names, values, shown, "Breakdown: " + String.join(", ", words));
  }

  /**
   * The import findings as the audience sees them: a councillor sees counts from 1 to 5 as c and no
   * example value (it comes from a row of a return).
   */
  static List<FindingRow> findings(PeriodScorecard.Quality q, Presentation show) {
    List<FindingRow> out = new ArrayList<>();
    for (Provenance.Finding f : q.importFindings()) {
      out.add(
          new FindingRow(
              f.table(),
              f.code(),
              f.severity().toLowerCase(Locale.ROOT),
              f.field(),
              show.isSuppressed() ? null : f.example(),
              show.count((double) f.count())));
    }
    return out;
  }

  /** The DfE validation errors in the tables the indicator reads, as sentences. */
  static List<String> validation(PeriodScorecard.Quality q, Presentation show) {
    List<String> out = new ArrayList<>();
    q.validationErrors()
        .forEach(
            e ->
                out.add(
                    show.count((double) e.errors())
                        + (e.errors() == 1 ? " error" : " errors")
                        + " in "
                        + e.kind().label()
                        + " "
                        + e.table()
                        + " (rules "
                        + String.join(", ", e.rules())
                        + ")"));
    return out;
  }

  private static Benchmarks benchmarks(Benchmark b, Indicator i, String year) {
    if (b == null) {
      return null;
    }
    List<Pair> rows =
        List.of(
            new Pair("Council (published)", Shown.published(b.own())),
            new Pair("England", Formats.value(b.england(), i)),
            new Pair(
                "Region" + (b.regionName() == null ? "" : " (" + b.regionName() + ")"),
                Formats.value(b.region(), i)),
            new Pair("Statistical neighbours: mean", Formats.value(b.neighbourMean(), i)),
            new Pair("Statistical neighbours: median", Formats.value(b.neighbourMedian(), i)),
            new Pair("Position", Presentation.position(b, year)));
    List<Pair> neighbours = new ArrayList<>();
    for (Benchmark.NeighbourValue n : b.neighbours()) {
      neighbours.add(new Pair(n.name(), Shown.published(n.cell())));
    }
    return new Benchmarks(
        year == null || year.isEmpty() ? String.valueOf(b.year()) : year,
        rows,
        b.neighbourModel(),
        neighbours);
  }
}
