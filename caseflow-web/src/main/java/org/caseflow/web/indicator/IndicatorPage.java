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
      boolean raisesActions) {
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
    List<String> labels = e.trend().stream().map(x -> Formats.label(x.period())).toList();
    Markup chart =
        Svg.trend(
            ScorecardPage.trendValues(e.trend(), show),
            labels,
            ScorecardPage.trendLabel(e.trend(), show));
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
            s.role() != Role.COUNCILLOR));
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
