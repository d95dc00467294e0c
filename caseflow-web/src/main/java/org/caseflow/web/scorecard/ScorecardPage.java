package org.caseflow.web.scorecard;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Comparability;
import org.caseflow.compare.Direction;
import org.caseflow.compare.Formats;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Stage;
import org.caseflow.web.Area;
import org.caseflow.web.Csv;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Markup;
import org.caseflow.web.Routes;
import org.caseflow.web.ScorecardView;
import org.caseflow.web.Session;
import org.caseflow.web.Svg;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/**
 * The scorecard: every indicator for the council and period, with a summary by stage, filters,
 * search, sorting, short lists kept per person, and exports of what is shown (CSV and xlsx).
 */
public final class ScorecardPage {
  /**
   * A choice in a select.
   *
   * @param value its value
   * @param label its words
   * @param selected whether it is chosen
   */
  record Option(String value, String label, boolean selected) {}

  /**
   * A table of rows: a stage's (in the catalogue's order), or every stage's when sorted otherwise.
   *
   * @param anchor its id
   * @param title its title
   * @param rows its rows
   * @param showStage whether each row names its stage
   */
  record Group(String anchor, String title, List<Row> rows, boolean showStage) {}

  /**
   * The page.
   *
   * @param frame the frame
   * @param laName the council's name
   * @param period the period
   * @param periods the periods offered
   * @param suppressed whether small counts are shown as c
   * @param query what was asked for
   * @param tiles the summary of the list in view
   * @param groups the tables
   * @param shown how many rows are shown
   * @param total how many indicators the list in view holds
   * @param lists the person's short lists
   * @param list the short list in view, or null for every indicator
   * @param uncovered the indicators whose period the loaded returns do not cover
   * @param millis how long the scorecard took to compute
   */
  record Page(
      Frame frame,
      String laName,
      ReportingPeriod period,
      List<ReportingPeriod> periods,
      boolean suppressed,
      Query query,
      Tiles tiles,
      List<Group> groups,
      int shown,
      int total,
      List<ShortLists.ShortList> lists,
      ShortLists.ShortList list,
      List<String> uncovered,
      long millis) {
    int trend() {
      return PeriodScorecard.TREND;
    }

    int minimum() {
      return org.caseflow.compare.Comparability.MIN_DENOMINATOR;
    }

    String uncoveredList() {
      return String.join(", ", uncovered);
    }

    String listKey() {
      return list == null ? "all" : list.name();
    }

    List<Option> stages() {
      List<Option> out = new ArrayList<>();
      out.add(new Option("", "Every stage", query.stage() == null));
      for (Stage s : Stage.values()) {
        out.add(
            new Option(
                s.name().toLowerCase(Locale.ROOT), Formats.stageWord(s), s == query.stage()));
      }
      return out;
    }

    List<Option> statuses() {
      List<Option> out = new ArrayList<>();
      out.add(new Option("", "Any status", query.status() == null));
      for (Row.Status s : Row.Status.values()) {
        out.add(new Option(s.key(), capital(s.words()), s == query.status()));
      }
      return out;
    }

    List<Option> sorts() {
      List<Option> out = new ArrayList<>();
      for (Query.Sort s : Query.Sort.values()) {
        out.add(new Option(s.key(), s.words(), s == query.sort()));
      }
      return out;
    }

    List<Option> listOptions() {
      List<Option> out = new ArrayList<>();
      out.add(new Option("all", "Every indicator", list == null));
      for (ShortLists.ShortList l : lists) {
        out.add(
            new Option(
                l.name(),
                l.name() + (l.isDefault() ? " (opens by default)" : ""),
                list != null && list.name().equals(l.name())));
      }
      return out;
    }

    /** The link of a tile's count: the list in view, narrowed to the stage and status. */
    String tileHref(Tiles.Tile t, Row.Status s) {
      return "/scorecard?"
          + ScorecardPage.query(
              period, new Query(t.stage(), s, false, false, "", Query.Sort.CATALOGUE, listKey()));
    }

    /** The exports' query: the same period, list, filters and order. */
    String exportQuery() {
      return ScorecardPage.query(
          period,
          new Query(
              query.stage(),
              query.status(),
              query.offTarget(),
              query.changed(),
              query.search(),
              query.sort(),
              listKey()));
    }
  }

  private final Web web;

  private ScorecardPage(Web web) {
    this.web = web;
  }

  /** Adds the scorecard's routes: the page, its exports and the short lists. */
  public static void routes(Routes r, Web web) {
    ScorecardPage p = new ScorecardPage(web);
    r.get(Area.SCORECARD, "/scorecard", p::show);
    r.get(Area.SCORECARD, "/scorecard.csv", p::csv);
    r.get(Area.SCORECARD, "/scorecard.xlsx", p::xlsx);
    r.post(Area.SCORECARD, "/scorecard/lists", p::saveList);
    r.post(Area.SCORECARD, "/scorecard/lists/delete", p::deleteList);
  }

  private ShortLists lists() {
    return new ShortLists(web.db().store(), web.clock());
  }

  /** What a request shows: the rows of the list in view, filtered and sorted. */
  private record Selection(
      ScorecardView view,
      Query query,
      List<Row> inList,
      List<Row> rows,
      List<ShortLists.ShortList> lists,
      ShortLists.ShortList list) {}

  private Selection select(Context ctx, java.util.function.Function<String, String> param)
      throws SQLException {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    ScorecardView v = web.view(p);
    boolean suppressed = s.role().suppressed();
    @SuppressWarnings("unchecked")
    List<Row> all =
        (List<Row>)
            v.derived().computeIfAbsent("scorecard-rows:" + suppressed, k -> rows(v, suppressed));
    Query q = Query.parse(param);
    List<ShortLists.ShortList> saved = web.db().with(st -> lists().of(s.user(), web.la()));
    ShortLists.ShortList list = null;
    if (q.list() == null && q.plain()) {
      list = saved.stream().filter(ShortLists.ShortList::isDefault).findFirst().orElse(null);
    } else if (q.list() != null && !q.list().equals("all")) {
      list =
          saved.stream()
              .filter(l -> l.name().equals(q.list()))
              .findFirst()
              .orElseThrow(() -> Halt.status(404, "You have no short list of that name."));
    }
    List<String> ids = list == null ? null : list.ids();
    List<Row> inList = Query.ALL.select(all, ids);
    return new Selection(v, q, inList, q.select(all, ids), saved, list);
  }

  private void show(Context ctx) throws SQLException {
    Selection sel = select(ctx, ctx::queryParam);
    ScorecardView v = sel.view();
    List<Group> groups = new ArrayList<>();
    if (sel.query().sort() == Query.Sort.CATALOGUE) {
      for (Stage stage : Stage.values()) {
        List<Row> in = sel.rows().stream().filter(r -> r.stage() == stage).toList();
        if (!in.isEmpty()) {
          groups.add(
              new Group(
                  "stage-" + stage.name().toLowerCase(Locale.ROOT),
                  Formats.stageTitle(stage),
                  in,
                  false));
        }
      }
    } else if (!sel.rows().isEmpty()) {
      groups.add(
          new Group(
              "indicators",
              "Indicators, by " + sel.query().sort().words().toLowerCase(Locale.ROOT),
              sel.rows(),
              true));
    }
    Views.page(
        ctx,
        "scorecard/page.jte",
        new Page(
            Web.frame(ctx, "Scorecard " + v.period().label()),
            web.laName(),
            v.period(),
            web.periods(),
            Web.session(ctx).role().suppressed(),
            sel.query(),
            Tiles.of(sel.inList()),
            List.copyOf(groups),
            sel.rows().size(),
            sel.inList().size(),
            sel.lists(),
            sel.list(),
            v.scorecard().entries().stream()
                .filter(e -> e.line().coverageWarning() != null)
                .map(e -> e.indicator().id())
                .toList(),
            v.millis()));
  }

  /** The columns of the exports. */
  static final List<String> HEADER =
      List.of(
          "Stage",
          "Indicator",
          "Name",
          "Value",
          "Status",
          "Target",
          "England",
          "Statistical neighbours' mean",
          "Position",
          "Since the previous period",
          "Trend");

  /** A row of the exports, as the audience sees it. */
  static List<String> cells(Row r) {
    return List.of(
        Formats.stageWord(r.stage()),
        r.id(),
        r.name(),
        r.value(),
        r.rag().word(),
        r.target(),
        r.england(),
        r.neighbours(),
        r.position(),
        r.change(),
        r.trendText());
  }

  private String filename(Selection sel, String ext) {
    return "scorecard-"
        + web.la()
        + "-"
        + sel.view().period().label().replace(':', '-')
        + "."
        + ext;
  }

  private void csv(Context ctx) throws SQLException {
    Selection sel = select(ctx, ctx::queryParam);
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", HEADER.stream().map(Csv::cell).toList())).append("\r\n");
    for (Row r : sel.rows()) {
      out.append(String.join(",", cells(r).stream().map(Csv::cell).toList())).append("\r\n");
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename(sel, "csv") + "\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(out.toString());
  }

  private void xlsx(Context ctx) throws Exception {
    Selection sel = select(ctx, ctx::queryParam);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(bytes, "caseflow", "1.0");
    org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Scorecard");
    ws.value(0, 0, web.laName() + ", " + sel.view().period().label());
    for (int c = 0; c < HEADER.size(); c++) {
      ws.value(1, c, HEADER.get(c));
      ws.style(1, c).bold().set();
    }
    int row = 2;
    for (Row r : sel.rows()) {
      List<String> cells = cells(r);
      for (int c = 0; c < cells.size(); c++) {
        ws.value(row, c, Csv.text(cells.get(c)));
      }
      row++;
    }
    wb.finish();
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename(sel, "xlsx") + "\"");
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ctx.result(bytes.toByteArray());
  }

  private void saveList(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    String name = Web.field(ctx, "name", Query.MAX);
    boolean isDefault = "on".equals(ctx.formParam("default"));
    // The list holds what the form's filters show (the same reading as the page's).
    Selection sel = select(ctx, k -> k.equals("list") ? listParam(ctx) : ctx.formParam(k));
    List<String> ids = sel.rows().stream().map(Row::id).toList();
    if (ids.isEmpty()) {
      throw Halt.status(400, "No indicator is shown, so there is nothing to save.");
    }
    boolean saved = web.db().with(st -> lists().save(s.user(), web.la(), name, ids, isDefault));
    if (!saved) {
      throw Halt.status(
          400, "You keep " + ShortLists.MAX_LISTS + " lists already; delete one first.");
    }
    throw Halt.redirect(
        "/scorecard?"
            + query(
                sel.view().period(),
                new Query(null, null, false, false, "", Query.Sort.CATALOGUE, name)));
  }

  private static String listParam(Context ctx) {
    String l = ctx.formParam("list");
    return l == null || l.isBlank() ? "all" : l;
  }

  private void deleteList(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    String name = Web.field(ctx, "name", Query.MAX);
    web.db()
        .with(
            st -> {
              lists().delete(s.user(), web.la(), name);
              return null;
            });
    throw Halt.redirect("/scorecard?period=" + enc(web.period(ctx).label()) + "&list=all");
  }

  /** A scorecard query string. */
  static String query(ReportingPeriod p, Query q) {
    StringBuilder s = new StringBuilder("period=").append(enc(p.label()));
    if (q.list() != null) {
      s.append("&list=").append(enc(q.list()));
    }
    if (q.stage() != null) {
      s.append("&stage=").append(q.stageKey());
    }
    if (q.status() != null) {
      s.append("&status=").append(q.status().key());
    }
    if (q.offTarget()) {
      s.append("&off=on");
    }
    if (q.changed()) {
      s.append("&changed=on");
    }
    if (!q.search().isEmpty()) {
      s.append("&q=").append(enc(q.search()));
    }
    if (q.sort() != Query.Sort.CATALOGUE) {
      s.append("&sort=").append(q.sort().key());
    }
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Every indicator's row, as the audience sees it, in the catalogue's order. */
  static List<Row> rows(ScorecardView v, boolean suppressed) {
    Presentation show = Presentation.of(suppressed);
    List<Row> out = new ArrayList<>();
    int order = 0;
    for (PeriodScorecard.Entry e : v.entries()) {
      Presentation.Line l = show.line(e);
      ScorecardLine line = e.line();
      Direction d = line.vsPrevious();
      boolean moved =
          !l.vsPrevious().equals(Formats.SUPPRESSED)
              && (d == Direction.IMPROVED
                  || d == Direction.WORSENED
                  || d == Direction.UP
                  || d == Direction.DOWN);
      Double movement = null;
      Double now = show.chartValue(line.figure());
      Double before = show.chartValue(line.previous());
      if (moved && now != null && before != null && before != 0) {
        movement = (now - before) / Math.abs(before);
      }
      String trendText = trendLabel(e.trend(), show);
      out.add(
          new Row(
              order++,
              l.id(),
              l.name(),
              e.indicator().stage(),
              l.value(),
              l.previous(),
              l.rag(),
              l.target(),
              l.england(),
              l.neighbours(),
              Presentation.position(line.benchmark(), line.benchmarkYear()),
              l.vsPrevious(),
              moved,
              movement,
              Svg.sparkline(trendValues(e.trend(), show), trendText),
              trendText.substring("Trend: ".length()),
              dots(e, show)));
    }
    return List.copyOf(out);
  }

  /**
   * The dot plot of a row: the council's value (when shown and comparable with the published year),
   * its target, England, the neighbours' mean and each neighbour's published value.
   */
  static Markup dots(PeriodScorecard.Entry e, Presentation show) {
    Indicator i = e.indicator();
    ScorecardLine line = e.line();
    List<Svg.Reference> dots = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Double own = show.chartValue(line.figure());
    Benchmark b = line.benchmark();
    boolean comparable = line.comparison() == Comparability.Verdict.SAME_KIND;
    if (own != null && (b == null || comparable)) {
      dots.add(new Svg.Reference("Council", own, Svg.Kind.COUNCIL));
      words.add("council " + Formats.value(own, i));
    }
    if (line.target() != null) {
      dots.add(new Svg.Reference("Target", line.target().target(), Svg.Kind.TARGET));
      words.add("target " + Formats.value(line.target().target(), i));
    }
    if (b != null) {
      if (b.england() != null) {
        dots.add(new Svg.Reference("England", b.england(), Svg.Kind.ENGLAND));
        words.add("England " + Formats.value(b.england(), i));
      }
      if (b.neighbourMean() != null) {
        dots.add(new Svg.Reference("Neighbours", b.neighbourMean(), Svg.Kind.NEIGHBOURS));
        words.add("neighbours' mean " + Formats.value(b.neighbourMean(), i));
      }
      List<Double> values = new ArrayList<>();
      for (Benchmark.NeighbourValue n : b.neighbours()) {
        if (n.cell() != null && n.cell().value() != null) {
          values.add(n.cell().value());
          dots.add(new Svg.Reference(n.name(), n.cell().value(), Svg.Kind.NEIGHBOUR));
        }
      }
      if (!values.isEmpty()) {
        words.add(
            values.size()
                + " neighbours from "
                + Formats.value(java.util.Collections.min(values), i)
                + " to "
                + Formats.value(java.util.Collections.max(values), i));
      }
    }
    if (dots.size() < 2) {
      return null;
    }
    return Svg.dotPlot(dots, "Comparison (" + b(b, line) + "): " + String.join(", ", words));
  }

  private static String b(Benchmark b, ScorecardLine line) {
    return b == null ? "no published comparison" : "published " + line.benchmarkYear();
  }

  /** The trend as words, the chart's text alternative. */
  public static String trendLabel(List<Figure> trend, Presentation show) {
    List<String> parts = new ArrayList<>();
    for (Figure f : trend) {
      parts.add(Formats.label(f.period()) + " " + show.figure(f).value());
    }
    return "Trend: " + String.join(", ", parts);
  }

  /** The trend's values for a chart, suppressed ones as gaps. */
  public static List<Double> trendValues(List<Figure> trend, Presentation show) {
    return trend.stream().map(show::chartValue).toList();
  }
}
