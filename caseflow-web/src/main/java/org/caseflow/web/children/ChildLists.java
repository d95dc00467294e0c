package org.caseflow.web.children;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Presentation;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.ExceptionList;
import org.caseflow.measure.ExceptionLists;
import org.caseflow.measure.ExceptionRow;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Member;
import org.caseflow.web.Area;
import org.caseflow.web.Csv;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Routes;
import org.caseflow.web.ScorecardView;
import org.caseflow.web.Session;
import org.caseflow.web.Views;
import org.caseflow.web.Web;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception lists' counts, and the children behind a figure or a list: asked for by POST, so no
 * list or child identifier appears in a URL, and recorded in the audit log (refusals too). A child
 * list shows team and worker, sorts, pages (50 rows), filters by team and worker and exports to
 * CSV; each view and each export is an audit entry.
 */
public final class ChildLists {
  private static final Logger LOG = LoggerFactory.getLogger(ChildLists.class);
  static final int PAGE = 50;
  private static final ExceptionLists LISTS = ExceptionLists.load();

  /** The filter value for "no team (or worker) recorded". */
  static final String NONE = "-";

  /**
   * An exception list's row.
   *
   * @param id its id
   * @param title its title
   * @param count how many children it holds, as shown ("–" when the returns cannot draw it)
   * @param timescale the timescale it reads
   * @param source the returns it reads
   * @param notHeld what the returns do not hold, or null
   * @param drawn whether it can be opened
   */
  record Row(
      String id,
      String title,
      String count,
      String timescale,
      String source,
      String notHeld,
      boolean drawn) {}

  /**
   * The exception lists page.
   *
   * @param frame the frame
   * @param la the council
   * @param period the period
   * @param reference the reference date (the period's end)
   * @param periods the periods offered
   * @param rows the lists
   * @param seesChildren whether the role may open a list
   */
  record ListsPage(
      Frame frame,
      String la,
      ReportingPeriod period,
      String reference,
      List<ReportingPeriod> periods,
      List<Row> rows,
      boolean seesChildren) {}

  /**
   * A column of a child list.
   *
   * @param heading its heading
   * @param numeric whether it holds numbers (right-aligned, sorted as numbers)
   */
  record Column(String heading, boolean numeric) {}

  /**
   * A child list's row: the child, then the cells as shown.
   *
   * @param childId the child (or worker, for an indicator of workers)
   * @param cells the other columns, formatted
   */
  record Line(String childId, List<String> cells) {}

  /**
   * A child list, one page of it.
   *
   * @param frame the frame
   * @param title the list's title
   * @param list what was asked for ({@code indicator:ID} or {@code exception:ID}), posted back
   * @param intro where the list comes from
   * @param timescale the timescale an exception list reads, or null
   * @param notHeld what the returns do not hold, or null
   * @param period the period
   * @param columns the columns after the first (the child)
   * @param memberLabel the first column's heading
   * @param lines this page's rows
   * @param rows the rows after filtering
   * @param children the distinct children after filtering
   * @param counted what the distinct identifiers are ("children")
   * @param state the sort, filter and page asked for
   * @param teams the teams to filter by
   * @param workers the workers to filter by
   * @param raisedFrom what an action raised here is raised from
   */
  record ChildrenPage(
      Frame frame,
      String title,
      String list,
      String intro,
      String timescale,
      String notHeld,
      ReportingPeriod period,
      String memberLabel,
      List<Column> columns,
      List<Line> lines,
      int rows,
      long children,
      String counted,
      State state,
      int pages,
      List<String> teams,
      List<String> workers,
      String raisedFrom) {
    /** The sort to post for a column's heading: that column, the other way if it is the sort. */
    String dirFor(int column) {
      return state.sort() == column && !state.descending() ? "desc" : "asc";
    }

    /** The aria-sort of a column (null when it is not the sort). */
    String ariaSort(int column) {
      if (state.sort() != column) {
        return null;
      }
      return state.descending() ? "descending" : "ascending";
    }

    boolean hasPrevious() {
      return state.page() > 1;
    }

    boolean hasNext() {
      return state.page() < pages;
    }
  }

  /**
   * The sort, filter and page a child list is asked for (posted, never in a URL).
   *
   * @param sort the column sorted on (0 the child; -1 the list's own order)
   * @param descending whether it sorts high to low
   * @param team the team filtered on ("" all, {@link #NONE} none recorded)
   * @param worker the worker filtered on, likewise
   * @param page the page, from 1
   */
  record State(int sort, boolean descending, String team, String worker, int page) {
    String dir() {
      return descending ? "desc" : "asc";
    }

    /** What the audit log records of it (no child id). */
    String words() {
      StringBuilder b = new StringBuilder();
      if (!team.isEmpty()) {
        b.append(", team ").append(NONE.equals(team) ? "not recorded" : team);
      }
      if (!worker.isEmpty()) {
        b.append(", worker ").append(NONE.equals(worker) ? "not recorded" : worker);
      }
      return b.toString();
    }
  }

  /** A list's rows before formatting: the child, team, worker, then the column values. */
  private record Table(
      String title,
      String intro,
      String timescale,
      String notHeld,
      String memberLabel,
      String counted,
      List<Column> columns,
      List<List<Object>> rows) {}

  /** What a POST to /children asks for. */
  private record Ask(String list, Indicator indicator, ExceptionList exception, String subject) {}

  private final Web web;

  private ChildLists(Web web) {
    this.web = web;
  }

  /** Adds the exception lists' and child lists' routes. */
  public static void routes(Routes r, Web web) {
    ChildLists c = new ChildLists(web);
    r.get(Area.EXCEPTIONS, "/exceptions", c::exceptions);
    r.post(Area.CHILDREN, "/children", c::children, c::refused);
    r.post(Area.CHILDREN, "/children.csv", c::csv, c::refusedExport);
  }

  /** The catalogue of exception lists the dashboard shows. */
  public static ExceptionLists lists() {
    return LISTS;
  }

  private void exceptions(Context ctx) {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    ScorecardView v = web.view(p);
    boolean suppressed = s.role().suppressed();
    Map<String, Integer> counts = counts(v);
    List<Row> rows =
        LISTS.all().stream()
            .map(
                e -> {
                  Integer n = counts.get(e.id());
                  return new Row(
                      e.id(),
                      e.title(),
                      n == null ? Formats.MISSING : Presentation.of(suppressed).count((double) n),
                      e.timescale(),
                      e.source(),
                      e.notHeld(),
                      e.drawn());
                })
            .toList();
    Views.page(
        ctx,
        "children/lists.jte",
        new ListsPage(
            Web.frame(ctx, "Exception lists " + p.label()),
            v.la(),
            v.period(),
            Formats.date(v.period().end()),
            web.periods(),
            rows,
            Area.CHILDREN.allows(s.role())));
  }

  /** How many children each exception list holds on the period's end, worked out once. */
  @SuppressWarnings("unchecked")
  private Map<String, Integer> counts(ScorecardView v) {
    return (Map<String, Integer>)
        v.derived()
            .computeIfAbsent(
                "exception-lists",
                k -> {
                  try {
                    return web.db()
                        .with(
                            st -> {
                              Map<String, Integer> out = new HashMap<>();
                              for (ExceptionList e : LISTS.all()) {
                                if (e.drawn()) {
                                  List<ExceptionRow> rows =
                                      LISTS.rows(st.connection(), e, v.la(), v.period().end());
                                  out.put(
                                      e.id(),
                                      (int)
                                          rows.stream()
                                              .map(ExceptionRow::childId)
                                              .distinct()
                                              .count());
                                }
                              }
                              return out;
                            });
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                });
  }

  private Ask ask(Context ctx, ReportingPeriod p) {
    String list = Optional.ofNullable(ctx.formParam("list")).orElse("");
    if (list.startsWith("indicator:")) {
      Indicator indicator =
          web.catalogue()
              .find(list.substring(10))
              .orElseThrow(() -> Halt.status(404, "There is no indicator with that id."));
      return new Ask(list, indicator, null, indicator.id() + " " + p.label());
    } else if (list.startsWith("exception:")) {
      ExceptionList exception =
          LISTS
              .find(list.substring(10))
              .filter(ExceptionList::drawn)
              .orElseThrow(() -> Halt.status(404, "There is no such exception list."));
      return new Ask(list, null, exception, exception.id() + " " + p.label());
    }
    throw Halt.status(400, "Choose a list: an indicator's children or an exception list.");
  }

  private static State state(Context ctx) {
    int sort = number(ctx.formParam("sort"), -1);
    int page = Math.max(1, number(ctx.formParam("page"), 1));
    return new State(
        sort,
        "desc".equals(ctx.formParam("dir")),
        text(ctx.formParam("team")),
        text(ctx.formParam("worker")),
        page);
  }

  private static int number(String v, int otherwise) {
    if (v == null || v.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw Halt.status(400, "A page or a column is a whole number.");
    }
  }

  private static String text(String v) {
    String t = v == null ? "" : v.strip();
    if (t.length() > 200) {
      throw Halt.status(400, "A team or worker is at most 200 characters.");
    }
    return t;
  }

  /** A role the table refuses child lists: the refusal is recorded too. */
  private void refused(Context ctx, Session s) throws SQLException {
    refuse(ctx, s, "refused children");
  }

  private void refusedExport(Context ctx, Session s) throws SQLException {
    refuse(ctx, s, "refused children export");
  }

  private void refuse(Context ctx, Session s, String action) throws SQLException {
    Ask a = ask(ctx, web.period(ctx));
    web.db()
        .with(
            st -> {
              web.audit().record(s.user(), action, web.la(), a.subject(), 0);
              return null;
            });
    LOG.warn("refused a child list to a {} account", s.role().word());
    throw Halt.status(403, "Councillors see aggregate figures only, not lists of children.");
  }

  /** The list's rows, filtered and sorted, with the view or export written to the audit log. */
  private Table table(Context ctx, Session s, ReportingPeriod p, Ask a, State state, String action)
      throws SQLException {
    return web.db()
        .with(
            st -> {
              Table t =
                  a.exception() != null
                      ? exceptionTable(a.exception(), st.connection(), p)
                      : memberTable(a.indicator(), st, p);
              List<List<Object>> rows = new ArrayList<>(filter(t.rows(), state));
              sort(rows, t.columns(), state);
              web.audit()
                  .record(
                      s.user(),
                      action,
                      web.la(),
                      a.subject() + state.words(),
                      (int) rows.stream().map(r -> r.get(0)).distinct().count());
              return new Table(
                  t.title(),
                  t.intro(),
                  t.timescale(),
                  t.notHeld(),
                  t.memberLabel(),
                  t.counted(),
                  t.columns(),
                  rows);
            });
  }

  private Table exceptionTable(ExceptionList e, java.sql.Connection c, ReportingPeriod p)
      throws SQLException {
    List<Column> cols = new ArrayList<>();
    cols.add(new Column("Team", false));
    cols.add(new Column("Worker", false));
    cols.add(new Column("Age", true));
    if (e.startLabel() != null) {
      cols.add(new Column(e.startLabel(), false));
    }
    if (e.lastLabel() != null) {
      cols.add(new Column(e.lastLabel(), false));
    }
    if (e.dueLabel() != null) {
      cols.add(new Column(e.dueLabel(), false));
    }
    cols.add(new Column(e.numberLabel(), true));
    if (e.detailLabel() != null) {
      cols.add(new Column(e.detailLabel(), false));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ExceptionRow r : LISTS.rows(c, e, web.la(), p.end())) {
      List<Object> row = new ArrayList<>();
      row.add(r.childId());
      row.add(r.team());
      row.add(r.worker());
      row.add(r.age());
      if (e.startLabel() != null) {
        row.add(r.start());
      }
      if (e.lastLabel() != null) {
        row.add(r.last());
      }
      if (e.dueLabel() != null) {
        row.add(r.due());
      }
      row.add(r.days());
      if (e.detailLabel() != null) {
        row.add(r.detail());
      }
      rows.add(row);
    }
    return new Table(
        e.title(),
        "Council list on "
            + Formats.date(p.end())
            + " (the end of "
            + p.label()
            + "), from "
            + e.source()
            + ".",
        e.timescale(),
        e.notHeld(),
        "Child",
        "children",
        cols,
        rows);
  }

  private Table memberTable(Indicator i, org.caseflow.store.Store st, ReportingPeriod p)
      throws SQLException {
    List<Member> members = new Measurer(st, web.population()).members(i, web.la(), p);
    boolean children = i.subject().identifiesChildren();
    Map<String, ExceptionLists.Allocation> alloc =
        children ? LISTS.allocations(st.connection(), web.la(), p.end()) : Map.of();
    boolean measure = members.stream().anyMatch(m -> m.measure() != null);
    boolean category = i.hasBreakdown();
    List<Column> cols = new ArrayList<>();
    cols.add(new Column("Team", false));
    cols.add(new Column("Worker", false));
    cols.add(new Column("Date", false));
    cols.add(new Column("In numerator", false));
    cols.add(new Column("In denominator", false));
    if (measure) {
      cols.add(new Column("Measure", true));
    }
    if (category) {
      cols.add(new Column("Category", false));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Member m : members) {
      ExceptionLists.Allocation a = alloc.get(m.childId());
      List<Object> row = new ArrayList<>();
      row.add(m.childId());
      row.add(a == null ? null : a.team());
      row.add(a == null ? null : a.worker());
      row.add(m.eventDate());
      row.add(m.inNumerator() ? "yes" : "no");
      row.add(m.inDenominator() ? "yes" : "no");
      if (measure) {
        row.add(m.measure());
      }
      if (category) {
        row.add(m.category() == null ? "Not recorded" : m.category());
      }
      rows.add(row);
    }
    return new Table(
        i.id() + " " + i.name(),
        "Council list for " + p.label() + ", from " + i.id() + ".",
        null,
        null,
        i.subject().memberLabel(),
        children ? "children" : i.subject().plural(),
        cols,
        rows);
  }

  private static List<List<Object>> filter(List<List<Object>> rows, State s) {
    return rows.stream()
        .filter(r -> matches(r.get(1), s.team()) && matches(r.get(2), s.worker()))
        .toList();
  }

  private static boolean matches(Object value, String wanted) {
    if (wanted.isEmpty()) {
      return true;
    }
    if (NONE.equals(wanted)) {
      return value == null;
    }
    return wanted.equals(value);
  }

  /** Sorts by the column asked for (0 the child), nulls last either way; -1 keeps the order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void sort(List<List<Object>> rows, List<Column> columns, State s) {
    int c = s.sort();
    if (c < 0 || c > columns.size()) {
      return;
    }
    Comparator<Object> natural = (x, y) -> ((Comparable) x).compareTo(y);
    Comparator<Object> order = s.descending() ? natural.reversed() : natural;
    rows.sort(Comparator.comparing((List<Object> r) -> r.get(c), Comparator.nullsLast(order)));
  }

  private static String shown(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDate d) {
      return Formats.date(d);
    }
    if (v instanceof Number n) {
      return Formats.plain(n.doubleValue());
    }
    return v.toString();
  }

  private static List<String> choices(List<List<Object>> rows, int column) {
    TreeSet<String> out = new TreeSet<>();
    boolean none = false;
    for (List<Object> r : rows) {
      Object v = r.get(column);
      if (v == null) {
        none = true;
      } else {
        out.add(v.toString());
      }
    }
    List<String> l = new ArrayList<>(out);
    if (none) {
      l.add(NONE);
    }
    return l;
  }

  private void children(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    Ask a = ask(ctx, p);
    State state = state(ctx);
    Table t = table(ctx, s, p, a, state, "children");
    int pages = Math.max(1, (t.rows().size() + PAGE - 1) / PAGE);
    State st =
        state.page() > pages
            ? new State(state.sort(), state.descending(), state.team(), state.worker(), pages)
            : state;
    List<Line> lines =
        t
            .rows()
            .subList(
                Math.min((st.page() - 1) * PAGE, t.rows().size()),
                Math.min(st.page() * PAGE, t.rows().size()))
            .stream()
            .map(
                r ->
                    new Line(
                        Objects.toString(r.get(0), ""),
                        r.subList(1, r.size()).stream().map(ChildLists::shown).toList()))
            .toList();
    List<List<Object>> unfiltered = unfiltered(a, p, t, state);
    Views.page(
        ctx,
        "children/children.jte",
        new ChildrenPage(
            Web.frame(ctx, "Children: " + t.title()),
            t.title(),
            a.list(),
            t.intro(),
            t.timescale(),
            t.notHeld(),
            p,
            t.memberLabel(),
            t.columns(),
            lines,
            t.rows().size(),
            t.rows().stream().map(r -> r.get(0)).distinct().count(),
            t.counted(),
            st,
            pages,
            choices(unfiltered, 1),
            choices(unfiltered, 2),
            t.title() + ", " + p.label() + " (child list)"));
  }

  /** The rows before the team and worker filters, for the filters' choices. */
  private List<List<Object>> unfiltered(Ask a, ReportingPeriod p, Table filtered, State state)
      throws SQLException {
    if (state.team().isEmpty() && state.worker().isEmpty()) {
      return filtered.rows();
    }
    return web.db()
        .with(
            st ->
                (a.exception() != null
                        ? exceptionTable(a.exception(), st.connection(), p)
                        : memberTable(a.indicator(), st, p))
                    .rows());
  }

  private void csv(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    Ask a = ask(ctx, p);
    State state = state(ctx);
    Table t = table(ctx, s, p, a, state, "children export");
    StringBuilder out = new StringBuilder();
    List<String> head = new ArrayList<>();
    head.add(t.memberLabel());
    t.columns().forEach(c -> head.add(c.heading()));
    out.append(String.join(",", head.stream().map(Csv::cell).toList())).append("\r\n");
    for (List<Object> r : t.rows()) {
      List<String> cells = new ArrayList<>();
      for (Object v : r) {
        cells.add(
            Csv.cell(v instanceof LocalDate d ? d.toString() : v == null ? "" : shownPlain(v)));
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    String name = a.exception() != null ? a.exception().id() : a.indicator().id();
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"caseflow-" + name + "-" + p.label() + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(out.toString());
  }

  private static String shownPlain(Object v) {
    return v instanceof Number n ? Formats.plain(n.doubleValue()) : v.toString();
  }
}
