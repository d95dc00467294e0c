package org.caseflow.web.spc;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.spc.Assurance;
import org.caseflow.compare.spc.MonthlyChart;
import org.caseflow.compare.spc.Point;
import org.caseflow.compare.spc.Signal;
import org.caseflow.compare.spc.Variation;
import org.caseflow.compare.spc.XmrRules;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.report.spc.SpcSvg;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Markup;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/**
 * The summary of every indicator with a monthly series by variation and assurance ({@code /spc}),
 * and one indicator's XmR chart ({@code /spc/ID}), over the 24 months ending with the chosen
 * period's last month.
 */
public final class SpcPages {
  /** How many months the charts show. */
  static final int MONTHS = 24;

  /**
   * An indicator in the summary.
   *
   * @param id its id
   * @param name its name
   * @param variation its variation icon, or null when not shown
   * @param assurance its assurance icon, or null when not shown
   * @param note why the icons are not shown, or null
   */
  record Row(String id, String name, Markup variation, Markup assurance, String note) {}

  /**
   * One cell of the matrix: the indicators with this variation and assurance.
   *
   * @param ids their ids and names
   */
  record Cell(List<Row> ids) {}

  /**
   * A row of the matrix.
   *
   * @param word the variation's word
   * @param icon its icon
   * @param cells one per assurance column
   */
  record MatrixRow(String word, Markup icon, List<Cell> cells) {}

  /**
   * The summary page.
   *
   * @param frame the frame
   * @param la the council
   * @param from the first month
   * @param to the last month
   * @param columns the assurance columns' icons
   * @param matrix the rows of the matrix
   * @param rows every indicator with a monthly series
   * @param hidden the indicators whose icons are not shown (small numbers), by id and name
   * @param suppressed whether counts from 1 to 5 are hidden
   */
  record Summary(
      Frame frame,
      String la,
      String from,
      String to,
      List<Markup> columns,
      List<MatrixRow> matrix,
      List<Row> rows,
      List<Row> hidden,
      boolean suppressed) {}

  /**
   * A month of the chart's table.
   *
   * @param month YYYY-MM
   * @param value as shown
   * @param signals the rules it is part of, in words
   * @param meaning improvement, concern or neither
   */
  record Month(String month, String value, String signals, String meaning) {}

  /**
   * The indicator's page.
   *
   * @param frame the frame
   * @param id the indicator's id
   * @param name its name
   * @param chart the chart
   * @param variation the variation icon, or null when not shown
   * @param assurance the assurance icon, or null when not shown
   * @param limits the mean and limits in words, or null when not shown
   * @param reason why the judgement is not shown, or null
   * @param facts the facts
   * @param months the months
   */
  record Chart(
      Frame frame,
      String id,
      String name,
      Markup chart,
      Markup variation,
      Markup assurance,
      String limits,
      String reason,
      List<String> facts,
      List<Month> months) {}

  private final Web web;

  private SpcPages(Web web) {
    this.web = web;
  }

  /** Adds the pages' routes. */
  public static void routes(org.caseflow.web.Routes r, Web web) {
    SpcPages p = new SpcPages(web);
    r.get(Area.SPC, "/spc", p::summary);
    r.get(Area.SPC, "/spc/{id}", p::chart);
  }

  @SuppressWarnings("unchecked")
  private List<MonthlyChart> charts(ReportingPeriod p) {
    YearMonth to = YearMonth.from(p.end());
    return (List<MonthlyChart>)
        web.view(p)
            .derived()
            .computeIfAbsent(
                "spc",
                k -> {
                  try {
                    return web.db()
                        .with(
                            st ->
                                MonthlyChart.all(
                                    st,
                                    web.population(),
                                    web.catalogue().all(),
                                    web.la(),
                                    to,
                                    MONTHS,
                                    web.targets(),
                                    XmrRules.standard()));
                  } catch (SQLException e) {
                    throw new IllegalStateException("could not measure the monthly series", e);
                  }
                });
  }

  private void summary(Context ctx) {
    boolean suppressed = Web.session(ctx).role().suppressed();
    Presentation show = Presentation.of(suppressed);
    ReportingPeriod p = web.period(ctx);
    List<MonthlyChart> charts = charts(p);
    List<Row> rows = new ArrayList<>();
    List<Row> hidden = new ArrayList<>();
    List<Variation> variations =
        List.of(
            Variation.IMPROVING_HIGH,
            Variation.IMPROVING_LOW,
            Variation.CONCERNING_HIGH,
            Variation.CONCERNING_LOW,
            Variation.NEITHER_HIGH,
            Variation.NEITHER_LOW,
            Variation.COMMON_CAUSE);
    List<Assurance> assurances =
        List.of(
            Assurance.CONSISTENTLY_MET,
            Assurance.HIT_AND_MISS,
            Assurance.CONSISTENTLY_MISSED,
            Assurance.NONE);
    List<List<List<Row>>> grid = new ArrayList<>();
    for (int v = 0; v < variations.size(); v++) {
      List<List<Row>> line = new ArrayList<>();
      for (int a = 0; a < assurances.size(); a++) {
        line.add(new ArrayList<>());
      }
      grid.add(line);
    }
    for (MonthlyChart m : charts) {
      if (!m.hasSeries()) {
        continue;
      }
      MonthlyChart.Shown s = m.shownTo(show);
      var c = m.chart();
      if (!s.judged()) {
        Row r = new Row(m.indicator().id(), m.indicator().name(), null, null, s.reason());
        hidden.add(r);
        rows.add(r);
        continue;
      }
      Row r =
          new Row(
              m.indicator().id(),
              m.indicator().name(),
              new Markup(SpcSvg.variation(c.variation())),
              new Markup(SpcSvg.assurance(c.assurance())),
              null);
      rows.add(r);
      grid.get(variations.indexOf(c.variation())).get(assurances.indexOf(c.assurance())).add(r);
    }
    List<MatrixRow> matrix = new ArrayList<>();
    for (int v = 0; v < variations.size(); v++) {
      List<Cell> cells = grid.get(v).stream().map(Cell::new).toList();
      if (cells.stream().allMatch(x -> x.ids().isEmpty())
          && variations.get(v) != Variation.COMMON_CAUSE) {
        continue;
      }
      matrix.add(
          new MatrixRow(
              variations.get(v).alt(), new Markup(SpcSvg.variation(variations.get(v))), cells));
    }
    YearMonth to = YearMonth.from(p.end());
    Views.page(
        ctx,
        "spc/summary.jte",
        new Summary(
            Web.frame(ctx, "Signal or noise"),
            web.la(),
            Facts.month(to.minusMonths(MONTHS - 1)),
            Facts.month(to),
            assurances.stream().map(a -> new Markup(SpcSvg.assurance(a))).toList(),
            matrix,
            rows,
            hidden,
            suppressed));
  }

  private void chart(Context ctx) {
    boolean suppressed = Web.session(ctx).role().suppressed();
    Presentation show = Presentation.of(suppressed);
    ReportingPeriod p = web.period(ctx);
    String id = ctx.pathParam("id");
    MonthlyChart m =
        charts(p).stream()
            .filter(x -> x.indicator().id().equalsIgnoreCase(id))
            .findFirst()
            .orElseThrow(() -> Halt.status(404, "There is no indicator with that id."));
    if (!m.hasSeries()) {
      throw Halt.status(404, "That indicator has no monthly series.");
    }
    MonthlyChart.Shown s = m.shownTo(show);
    var c = m.chart();
    var i = m.indicator();
    List<Month> months = new ArrayList<>();
    for (int k = 0; k < c.points().size(); k++) {
      Point pt = c.points().get(k);
      Double v = s.values().get(k);
      boolean hiddenMonth = v == null && pt.value() != null;
      months.add(
          new Month(
              pt.month().toString(),
              hiddenMonth ? Formats.SUPPRESSED : Formats.value(v, i),
              s.judged()
                  ? String.join(", ", pt.signals().stream().map(Signal::words).toList())
                  : "",
              s.judged() && pt.judgement() != null ? pt.judgement().words() : ""));
    }
    var g = c.latest();
    String limits =
        s.judged() && g.hasLimits()
            ? "Mean "
                + Formats.value(g.mean(), i)
                + "; process limits "
                + Formats.value(g.lower(), i)
                + " to "
                + Formats.value(g.upper(), i)
                + (g.provisional() ? " (provisional)" : "")
                + "."
            : null;
    Views.page(
        ctx,
        "spc/chart.jte",
        new Chart(
            Web.frame(ctx, i.id() + " signal or noise"),
            i.id(),
            i.name(),
            new Markup(SpcSvg.chart(m, s, v -> Formats.value(v, i))),
            s.judged() ? new Markup(SpcSvg.variation(c.variation())) : null,
            s.judged() ? new Markup(SpcSvg.assurance(c.assurance())) : null,
            limits,
            s.reason(),
            s.facts(),
            months));
  }

  /** Month names as the facts write them. */
  private static final class Facts {
    static String month(YearMonth m) {
      return org.caseflow.compare.spc.Facts.month(m);
    }
  }
}
