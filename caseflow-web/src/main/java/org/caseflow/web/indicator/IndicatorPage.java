package org.caseflow.web.indicator;

import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Narrative;
import org.caseflow.compare.Rag;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Unit;
import org.caseflow.store.Store;
import org.caseflow.validate.DataQuality;
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

  /** A finding code's count in the imports an indicator reads. */
  record FindingCount(String code, String severity, String field, String detail, long count) {}

  /**
   * A trend row.
   *
   * @param period the period's label
   * @param value the value shown
   * @param numerator the numerator shown
   * @param denominator the denominator shown
   */
  record TrendRow(String period, String value, String numerator, String denominator) {}

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
   * @param id the indicator's id
   * @param name its name
   * @param la the council
   * @param period the period
   * @param current this period's figures
   * @param rag the status shown
   * @param note the figure's note, or null
   * @param facts sentences about the figure (none for councillors)
   * @param chart the trend chart
   * @param trend the trend's rows
   * @param breakdown the breakdown's rows, then its total; empty when there is none
   * @param benchmarks the benchmarks, or null
   * @param definition the definition's terms
   * @param source the return the indicator reads
   * @param findings the findings in those imports (details blank for councillors)
   * @param validation the validation errors in the tables it reads, as sentences
   * @param suppressed whether counts from 1 to 5 are shown as c
   * @param seesChildren whether the role may open the children behind it
   * @param raisesActions whether the role may raise an action
   */
  record Page(
      Frame frame,
      String id,
      String name,
      String la,
      ReportingPeriod period,
      List<Pair> current,
      Rag rag,
      List<Pair> after,
      String note,
      List<String> facts,
      Markup chart,
      List<TrendRow> trend,
      List<Pair> breakdown,
      Benchmarks benchmarks,
      List<Pair> definition,
      String source,
      List<FindingCount> findings,
      List<String> validation,
      boolean suppressed,
      boolean seesChildren,
      boolean raisesActions) {
    String raisedFrom() {
      return id + " " + name + ", " + period.label();
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

  private void show(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    ScorecardView v = web.view(p);
    ScorecardView.Row row =
        v.row(ctx.pathParam("id"))
            .orElseThrow(() -> Halt.status(404, "There is no indicator with that id."));
    Indicator i = row.indicator();
    List<FindingCount> findings = web.db().with(st -> findings(st, web.la(), i));
    List<DataQuality.TableErrors> errors =
        web.db()
            .with(
                st ->
                    DataQuality.errorsIn(
                        st.connection(), web.la(), CollectionYear.containing(p.end()), i.tables()));
    boolean suppressed = s.role().suppressed();
    ScorecardLine l = row.line();
    Figure f = l.figure();
    List<Pair> current =
        List.of(
            new Pair("Value", Shown.value(f, suppressed)),
            new Pair("Numerator", Shown.numerator(f, suppressed)),
            new Pair("Denominator", Shown.denominator(f, suppressed)));
    List<Pair> after =
        List.of(
            new Pair(
                "Target",
                l.target() == null
                    ? "none"
                    : Shown.withUnit(l.target().target(), i.unit())
                        + " ("
                        + l.target().source()
                        + ")"),
            new Pair("Since the previous period", Shown.verb(l, l.vsPrevious(), suppressed)),
            new Pair("Since the same period last year", Shown.verb(l, l.vsLastYear(), suppressed)));
    List<String> facts = new ArrayList<>();
    if (!suppressed) {
      for (Narrative.Fact fact : l.facts()) {
        facts.add(i.name() + " " + fact.sentence() + ".");
      }
    }
    List<String> labels = row.trend().stream().map(x -> x.period().label()).toList();
    Markup chart =
        Svg.trend(
            ScorecardPage.trendValues(row.trend(), suppressed),
            labels,
            ScorecardPage.trendLabel(row.trend(), suppressed));
    List<TrendRow> trend = new ArrayList<>();
    for (Figure t : row.trend()) {
      trend.add(
          new TrendRow(
              t.period().label(),
              Shown.value(t, suppressed),
              Shown.numerator(t, suppressed),
              Shown.denominator(t, suppressed)));
    }
    List<Pair> breakdown =
        f.breakdown() == null || f.breakdown().isEmpty()
            ? List.of()
            : breakdown(f.breakdown(), f.numerator(), suppressed);
    List<Pair> definition =
        List.of(
            new Pair("What it means", i.definition()),
            new Pair("Numerator", i.numerator()),
            new Pair("Denominator", i.denominator()),
            new Pair("Unit", i.unit().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
            new Pair("Better when", i.polarity().name().toLowerCase(Locale.ROOT)),
            new Pair("Source", i.source()),
            new Pair("LAIT measure", i.laitCode()));
    List<String> validation = new ArrayList<>();
    for (DataQuality.TableErrors e : errors) {
      validation.add(
          Shown.count((double) e.errors(), suppressed)
              + (e.errors() == 1 ? " error" : " errors")
              + " in "
              + e.kind().label()
              + " "
              + e.table()
              + " (rules "
              + String.join(", ", e.rules())
              + ")");
    }
    Views.page(
        ctx,
        "indicator/page.jte",
        new Page(
            Web.frame(ctx, i.id() + " " + i.name()),
            i.id(),
            i.name(),
            v.la(),
            v.period(),
            current,
            Shown.rag(l, suppressed),
            after,
            f.note(),
            facts,
            chart,
            trend,
            breakdown,
            benchmarks(l.benchmark(), i.unit()),
            definition,
            i.source(),
            suppressed ? blanked(findings) : findings,
            validation,
            suppressed,
            Area.CHILDREN.allows(s.role()),
            s.role() != Role.COUNCILLOR));
  }

  /** A councillor sees no example value: it comes from a row of a return. */
  static List<FindingCount> blanked(List<FindingCount> findings) {
    return findings.stream()
        .map(c -> new FindingCount(c.code(), c.severity(), c.field(), null, c.count()))
        .toList();
  }

  /**
   * A breakdown's rows then its total. Members the categories leave out (the numerator minus the
   * categories' sum) are a row of their own, "Not recorded", as in the report: without it a
   * councillor could work out a small number of them from the numerator and the total.
   */
  static List<Pair> breakdown(Map<String, Long> counts, Double numerator, boolean suppressed) {
    Map<String, Long> breakdown = new LinkedHashMap<>(counts);
    long sum = breakdown.values().stream().mapToLong(n -> n == null ? 0 : n).sum();
    if (numerator != null && Math.round(numerator) > sum) {
      breakdown.put("Not recorded", Math.round(numerator) - sum);
    }
    List<String> shown = Shown.breakdown(breakdown, suppressed);
    List<Pair> out = new ArrayList<>();
    int k = 0;
    for (String category : breakdown.keySet()) {
      out.add(new Pair(category, shown.get(k++)));
    }
    out.add(new Pair("Total", shown.get(k)));
    return out;
  }

  private static Benchmarks benchmarks(Benchmark b, Unit unit) {
    if (b == null) {
      return null;
    }
    List<Pair> rows =
        List.of(
            new Pair("Council (published)", Shown.cell(b.own())),
            new Pair("England", Shown.withUnit(b.england(), unit)),
            new Pair(
                "Region" + (b.regionName() == null ? "" : " (" + b.regionName() + ")"),
                Shown.withUnit(b.region(), unit)),
            new Pair("Statistical neighbours: mean", Shown.withUnit(b.neighbourMean(), unit)),
            new Pair("Statistical neighbours: median", Shown.withUnit(b.neighbourMedian(), unit)),
            new Pair("Position", Shown.position(b)));
    List<Pair> neighbours = new ArrayList<>();
    for (Benchmark.NeighbourValue n : b.neighbours()) {
      neighbours.add(new Pair(n.name(), Shown.cell(n.cell())));
    }
    return new Benchmarks(String.valueOf(b.year()), rows, b.neighbourModel(), neighbours);
  }

  private static List<FindingCount> findings(Store st, String la, Indicator i) throws SQLException {
    String kind =
        i.source().startsWith("CIN")
            ? "CIN_CENSUS"
            : i.source().startsWith("SSDA903") ? "SSDA903" : "ANNEX_A";
    List<FindingCount> out = new ArrayList<>();
    try (PreparedStatement ps =
        st.connection()
            .prepareStatement(
                "SELECT f.code, f.severity, f.field, min(f.detail), count(*) AS n"
                    + " FROM import_finding f JOIN import_batch b ON b.batch_id = f.batch_id"
                    + " WHERE b.la = ? AND b.return_kind = ?"
                    + " GROUP BY f.code, f.severity, f.field ORDER BY n DESC, f.code LIMIT 25")) {
      ps.setString(1, la);
      ps.setString(2, kind);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new FindingCount(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5)));
        }
      }
    }
    return out;
  }
}
