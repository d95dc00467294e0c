package org.caseflow.web;

import static org.caseflow.web.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Narrative;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.Rag;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Member;
import org.caseflow.measure.Stage;
import org.caseflow.store.AuditLog;
import org.caseflow.store.ImportReport;

/** The pages' main content, as escaped HTML. */
final class Pages {
  private Pages() {}

  record FindingCount(String code, String severity, String field, String detail, long count) {}

  record Provenance(List<List<String>> batches, List<List<String>> findings) {}

  static String login(String token, String error) {
    StringBuilder s = new StringBuilder("<h1>Sign in</h1>");
    if (error != null) {
      s.append("<p class=\"error\" role=\"alert\">").append(esc(error)).append("</p>");
    }
    s.append("<form method=\"post\" action=\"/login\">")
        .append("<input type=\"hidden\" name=\"_csrf\" value=\"")
        .append(esc(token))
        .append("\"><label for=\"username\">User name</label>")
        .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required>")
        .append("<label for=\"password\">Password</label>")
        .append("<input id=\"password\" name=\"password\" type=\"password\"")
        .append(" autocomplete=\"current-password\" required>")
        .append("<p><button type=\"submit\">Sign in</button></p></form>");
    return s.toString();
  }

  // ------------------------------------------------------------------ values

  /** A figure's value as the audience sees it, in the shared vocabulary. */
  static String value(Figure f, boolean suppressed) {
    return Presentation.of(suppressed).figure(f).value();
  }

  /** A target or benchmark of the indicator, in the shared vocabulary. */
  static String withUnit(Double v, Indicator i) {
    return Formats.value(v, i);
  }

  /**
   * The status a councillor may see: none when the value is suppressed, as in the public report
   * (against a small target, "on target" would say the count is small).
   */
  static Rag shownRag(ScorecardLine l, boolean suppressed) {
    return suppressed && Suppress.value(l.figure()) ? Rag.NONE : l.rag();
  }

  static String rag(Rag r) {
    return "<span class=\"rag rag-"
        + r.name().toLowerCase(Locale.ROOT)
        + "\"><span aria-hidden=\"true\">"
        + esc(r.symbol())
        + "</span> "
        + esc(r.word())
        + "</span>";
  }

  private static String trendLabel(List<Figure> trend, boolean suppressed) {
    List<String> parts = new ArrayList<>();
    for (Figure f : trend) {
      parts.add(f.period().label() + " " + value(f, suppressed));
    }
    return "Trend: " + String.join(", ", parts);
  }

  private static List<Double> trendValues(List<Figure> trend, boolean suppressed) {
    List<Double> out = new ArrayList<>();
    for (Figure f : trend) {
      out.add(suppressed && Suppress.value(f) ? null : f.value());
    }
    return out;
  }

  static String position(Benchmark b, String year) {
    if (b == null) {
      return "No published comparison";
    }
    StringBuilder s = new StringBuilder();
    if (b.rank() != null) {
      s.append("Rank ").append(b.rank()).append(" of ").append(b.ranked()).append(" (1 = best)");
    }
    if (b.band() != null) {
      s.append(s.length() > 0 ? ", " : "").append("band ").append(b.band()).append(" (A = best)");
    }
    if (s.length() == 0) {
      s.append("Not ranked");
    }
    s.append(" (").append(year == null ? Integer.toString(b.year()) : year).append(")");
    return s.toString();
  }

  /** The plain warnings beside a line: coverage of the period, and a comparison refused. */
  static String warnings(ScorecardLine l) {
    StringBuilder s = new StringBuilder();
    if (l.coverageWarning() != null) {
      s.append("<p class=\"note warning\"><strong>Warning:</strong> ")
          .append(esc(l.coverageWarning()))
          .append(".</p>");
    }
    if (l.benchmark() != null && l.comparison() != null && l.comparison().why() != null) {
      s.append("<p class=\"note\">Not rated or ranked against England or the neighbours: ")
          .append(esc(l.comparison().why()))
          .append(".</p>");
    }
    return s.toString();
  }

  private static String periodPicker(
      String action, ReportingPeriod chosen, List<ReportingPeriod> periods) {
    StringBuilder s =
        new StringBuilder("<form class=\"picker\" method=\"get\" action=\"")
            .append(esc(action))
            .append("\"><div><label for=\"period\">Period</label><select id=\"period\"")
            .append(" name=\"period\">");
    return s.append(periodOptions(chosen, periods))
        .append("</select></div><button type=\"submit\">Show</button></form>")
        .toString();
  }

  /** The options of a period select: the periods offered, and the chosen one if not among them. */
  private static String periodOptions(ReportingPeriod chosen, List<ReportingPeriod> periods) {
    StringBuilder s = new StringBuilder();
    boolean found = false;
    for (ReportingPeriod p : periods) {
      boolean sel = p.equals(chosen);
      found |= sel;
      s.append("<option value=\"")
          .append(esc(p.label()))
          .append('"')
          .append(sel ? " selected" : "")
          .append('>')
          .append(esc(p.label()))
          .append("</option>");
    }
    if (!found) {
      s.append("<option value=\"")
          .append(esc(chosen.label()))
          .append("\" selected>")
          .append(esc(chosen.label()))
          .append("</option>");
    }
    return s.toString();
  }

  // ------------------------------------------------------------------ scorecard

  static String scorecard(ScorecardView v, List<ReportingPeriod> periods, boolean suppressed) {
    StringBuilder s = new StringBuilder(64 * 1024);
    s.append("<h1>Scorecard: council ")
        .append(esc(v.la()))
        .append(", ")
        .append(esc(v.period().label()))
        .append("</h1>")
        .append(periodPicker("/scorecard", v.period(), periods));
    if (suppressed) {
      s.append("<p class=\"note\">Counts from 1 to 5, and figures computed from them, are shown")
          .append(" as <abbr title=\"suppressed\">c</abbr>, as in the public report.</p>");
    }
    s.append("<p class=\"note\">RAG compares the figure with the local target, or the statistical")
        .append(" neighbours' mean when no target is set. The trend shows the last ")
        .append(ScorecardView.TREND)
        .append(" periods of the same length. Counts, and events over part of a year, are not")
        .append(" rated or ranked against published years; rank 1 and band A are the best")
        .append(" performing. A figure with fewer than ")
        .append(org.caseflow.compare.Comparability.MIN_DENOMINATOR)
        .append(" in its denominator is too few to rate.</p>");
    List<String> uncovered = new ArrayList<>();
    for (ScorecardView.Row row : v.rows()) {
      if (row.line().coverageWarning() != null) {
        uncovered.add(row.indicator().id());
      }
    }
    if (!uncovered.isEmpty()) {
      s.append("<p class=\"note warning\"><strong>Warning:</strong> the returns loaded do not")
          .append(" cover the whole of ")
          .append(esc(v.period().label()))
          .append(" for ")
          .append(esc(String.join(", ", uncovered)))
          .append("; their figures count only what is loaded.</p>");
    }
    for (Stage stage : Stage.values()) {
      String name = stageName(stage);
      s.append("<section aria-labelledby=\"stage-")
          .append(stage.name().toLowerCase(Locale.ROOT))
          .append("\"><h2 id=\"stage-")
          .append(stage.name().toLowerCase(Locale.ROOT))
          .append("\">")
          .append(esc(name))
          .append("</h2><table><caption class=\"visually-hidden\">")
          .append(esc(name))
          .append(" indicators</caption><thead><tr>")
          .append("<th scope=\"col\">Indicator</th><th scope=\"col\" class=\"num\">Value</th>")
          .append("<th scope=\"col\">Status</th><th scope=\"col\">Trend</th>")
          .append("<th scope=\"col\" class=\"num\">Target</th>")
          .append("<th scope=\"col\" class=\"num\">England</th>")
          .append("<th scope=\"col\" class=\"num\">Neighbours</th>")
          .append("<th scope=\"col\">Position</th><th scope=\"col\">Since last period</th>")
          .append("</tr></thead><tbody>");
      for (ScorecardView.Row row : v.rows()) {
        Indicator i = row.indicator();
        if (i.stage() != stage) {
          continue;
        }
        ScorecardLine l = row.line();
        Benchmark b = l.benchmark();
        s.append("<tr><th scope=\"row\"><a href=\"/indicators/")
            .append(esc(i.id()))
            .append("?period=")
            .append(esc(v.period().label()))
            .append("\">")
            .append(esc(i.id()))
            .append(" ")
            .append(esc(i.name()))
            .append("</a></th><td class=\"num\">")
            .append(esc(value(l.figure(), suppressed)))
            .append("</td><td>")
            .append(rag(shownRag(l, suppressed)))
            .append("</td><td>")
            .append(
                Svg.sparkline(
                    trendValues(row.trend(), suppressed), trendLabel(row.trend(), suppressed)))
            .append("</td><td class=\"num\">")
            .append(esc(l.target() == null ? "–" : withUnit(l.target().target(), i)))
            .append("</td><td class=\"num\">")
            .append(esc(b == null ? "–" : withUnit(b.england(), i)))
            .append("</td><td class=\"num\">")
            .append(esc(b == null ? "–" : withUnit(b.neighbourMean(), i)))
            .append("</td><td>")
            .append(esc(position(b, l.benchmarkYear())))
            .append("</td><td>")
            .append(esc(Presentation.of(suppressed).vsPrevious(l)))
            .append("</td></tr>");
      }
      s.append("</tbody></table></section>");
    }
    s.append("<p class=\"note\">Computed in ").append(v.millis()).append(" ms.</p>");
    return s.toString();
  }

  static String stageName(Stage stage) {
    return Formats.stageTitle(stage);
  }

  // ------------------------------------------------------------------ indicator

  static String indicator(
      ScorecardView v, ScorecardView.Row row, List<FindingCount> findings, Session session) {
    boolean suppressed = session.role().suppressed();
    Indicator i = row.indicator();
    ScorecardLine l = row.line();
    Figure f = l.figure();
    StringBuilder s = new StringBuilder();
    s.append("<h1>")
        .append(esc(i.id()))
        .append(" ")
        .append(esc(i.name()))
        .append("</h1><p>Council ")
        .append(esc(v.la()))
        .append(", ")
        .append(esc(v.period().label()))
        .append(". <a href=\"/scorecard?period=")
        .append(esc(v.period().label()))
        .append("\">Back to the scorecard</a></p>");
    s.append("<h2>This period</h2><table><tbody>")
        .append(row2("Value", value(f, suppressed)))
        .append(row2("Numerator", Suppress.numerator(f, suppressed)))
        .append(row2("Denominator", Suppress.denominator(f, suppressed)))
        .append("<tr><th scope=\"row\">Status</th><td>")
        .append(rag(shownRag(l, suppressed)))
        .append("</td></tr>")
        .append(
            row2(
                "Target",
                l.target() == null
                    ? "none"
                    : withUnit(l.target().target(), i) + " (" + l.target().source() + ")"))
        .append(row2("Since the previous period", Presentation.of(suppressed).vsPrevious(l)))
        .append(row2("Since the same period last year", Presentation.of(suppressed).vsLastYear(l)))
        .append("</tbody></table>");
    if (f.note() != null) {
      s.append("<p class=\"note\">").append(esc(f.note())).append("</p>");
    }
    s.append(warnings(l));
    if (!suppressed) {
      for (Narrative.Fact fact : l.facts()) {
        s.append("<p>")
            .append(esc(i.name()))
            .append(' ')
            .append(esc(fact.sentence()))
            .append(".</p>");
      }
    }
    // Trend chart with its data table as the text alternative.
    List<String> labels = row.trend().stream().map(x -> x.period().label()).toList();
    s.append("<h2>Trend</h2>")
        .append(
            Svg.trend(
                trendValues(row.trend(), suppressed), labels, trendLabel(row.trend(), suppressed)))
        .append("<table><caption>Trend data</caption><thead><tr><th scope=\"col\">Period</th>")
        .append("<th scope=\"col\" class=\"num\">Value</th>")
        .append("<th scope=\"col\" class=\"num\">Numerator</th>")
        .append("<th scope=\"col\" class=\"num\">Denominator</th></tr></thead><tbody>");
    for (Figure t : row.trend()) {
      s.append("<tr><th scope=\"row\">")
          .append(esc(t.period().label()))
          .append("</th><td class=\"num\">")
          .append(esc(value(t, suppressed)))
          .append("</td><td class=\"num\">")
          .append(esc(Suppress.numerator(t, suppressed)))
          .append("</td><td class=\"num\">")
          .append(esc(Suppress.denominator(t, suppressed)))
          .append("</td></tr>");
    }
    s.append("</tbody></table>");
    if (row.entry().breakdown() != null) {
      s.append(breakdown(row.entry().breakdown(), suppressed));
    }
    s.append(benchmarks(l.benchmark(), i, l.benchmarkYear()));
    s.append("<h2>Definition</h2><dl class=\"definition\">")
        .append(dd("What it means", i.definition()))
        .append(dd("Numerator", i.numerator()))
        .append(dd("Denominator", i.denominator()))
        .append(dd("Unit", i.unit().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
        .append(dd("Better when", i.polarity().name().toLowerCase(Locale.ROOT)))
        .append(dd("Source", i.source()))
        .append(dd("LAIT measure", i.laitCode()))
        .append("</dl>");
    s.append("<h2>Import findings on the tables it reads (")
        .append(esc(String.join(", ", i.requires())))
        .append(")</h2>");
    s.append(findings(findings, suppressed));
    if (session.role().seesChildren()) {
      s.append("<h2>Children behind the figure</h2>")
          .append("<form method=\"post\" action=\"/children\">")
          .append(Html.csrf(session))
          .append("<input type=\"hidden\" name=\"list\" value=\"indicator:")
          .append(esc(i.id()))
          .append("\"><input type=\"hidden\" name=\"period\" value=\"")
          .append(esc(v.period().label()))
          .append("\"><button type=\"submit\">Show the children behind this figure</button>")
          .append(" <span class=\"note\">(the view is recorded in the audit log)</span></form>");
    }
    if (session.role() != Role.COUNCILLOR) {
      s.append(raiseForm(session, i.id() + " " + i.name() + ", " + v.period().label()));
    }
    return s.toString();
  }

  /**
   * The import findings behind an indicator. A councillor sees no example value (it comes from a
   * row of a return) and counts from 1 to 5 as c.
   */
  static String findings(List<FindingCount> findings, boolean suppressed) {
    if (findings.isEmpty()) {
      return "<p>None.</p>";
    }
    StringBuilder s =
        new StringBuilder("<table><thead><tr><th scope=\"col\">Code</th>")
            .append("<th scope=\"col\">Severity</th><th scope=\"col\">Field</th>")
            .append(suppressed ? "" : "<th scope=\"col\">Example</th>")
            .append("<th scope=\"col\" class=\"num\">Count</th></tr></thead><tbody>");
    for (FindingCount c : findings) {
      s.append("<tr><td>")
          .append(esc(c.code()))
          .append("</td><td>")
          .append(esc(c.severity()))
          .append("</td><td>")
          .append(esc(c.field()))
          .append("</td>");
      if (!suppressed) {
        s.append("<td>").append(esc(c.detail())).append("</td>");
      }
      s.append("<td class=\"num\">")
          .append(esc(Suppress.count((double) c.count(), suppressed)))
          .append("</td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  /**
   * A breakdown with its total, as the shared presentation shows it (the report's table too):
   * members the categories leave out are a row of their own, "Not recorded", so a councillor cannot
   * work out a small number of them from the numerator and the total.
   */
  static String breakdown(PeriodScorecard.Breakdown b, boolean suppressed) {
    StringBuilder s =
        new StringBuilder("<h2>Breakdown</h2><table><thead><tr><th scope=\"col\">Category</th>")
            .append("<th scope=\"col\" class=\"num\">Count</th>")
            .append("<th scope=\"col\" class=\"num\">Share of total</th></tr></thead><tbody>");
    for (List<String> r : Presentation.of(suppressed).breakdown(b)) {
      s.append("<tr><th scope=\"row\">")
          .append(esc(r.get(0)))
          .append("</th><td class=\"num\">")
          .append(esc(r.get(1)))
          .append("</td><td class=\"num\">")
          .append(esc(r.get(2)))
          .append("</td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  private static String benchmarks(Benchmark b, Indicator unit, String year) {
    if (b == null) {
      return "<h2>Benchmarks</h2><p>No published equivalent.</p>";
    }
    StringBuilder s =
        new StringBuilder("<h2>Benchmarks (published, ")
            .append(esc(year == null ? Integer.toString(b.year()) : year))
            .append(")</h2><table><tbody>")
            .append(row2("Council (published)", cell(b.own())))
            .append(row2("England", withUnit(b.england(), unit)))
            .append(
                row2(
                    "Region" + (b.regionName() == null ? "" : " (" + b.regionName() + ")"),
                    withUnit(b.region(), unit)))
            .append(row2("Statistical neighbours: mean", withUnit(b.neighbourMean(), unit)))
            .append(row2("Statistical neighbours: median", withUnit(b.neighbourMedian(), unit)))
            .append(row2("Position", position(b, year)))
            .append("</tbody></table><table><caption>Statistical neighbours (")
            .append(esc(b.neighbourModel()))
            .append(")</caption><thead><tr><th scope=\"col\">Council</th>")
            .append("<th scope=\"col\" class=\"num\">Published</th></tr></thead><tbody>");
    for (Benchmark.NeighbourValue n : b.neighbours()) {
      s.append("<tr><th scope=\"row\">")
          .append(esc(n.name()))
          .append("</th><td class=\"num\">")
          .append(esc(cell(n.cell())))
          .append("</td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  private static String cell(org.caseflow.compare.Published.Cell c) {
    if (c == null) {
      return "–";
    }
    if (c.value() != null) {
      return Html.number(c.value());
    }
    return c.mark() == null ? "–" : c.mark();
  }

  private static String row2(String head, String value) {
    return "<tr><th scope=\"row\">" + esc(head) + "</th><td>" + esc(value) + "</td></tr>";
  }

  private static String dd(String term, String def) {
    return "<dt>" + esc(term) + "</dt><dd>" + esc(def) + "</dd>";
  }

  // ------------------------------------------------------------------ exceptions and children

  static String exceptions(ScorecardView v, List<ReportingPeriod> periods, Session session) {
    boolean suppressed = session.role().suppressed();
    StringBuilder s =
        new StringBuilder("<h1>Exception lists: council ")
            .append(esc(v.la()))
            .append(", ")
            .append(esc(v.period().label()))
            .append("</h1>")
            .append(periodPicker("/exceptions", v.period(), periods))
            .append("<table><thead><tr><th scope=\"col\">List</th>")
            .append("<th scope=\"col\" class=\"num\">Count</th><th scope=\"col\">From</th>");
    if (session.role().seesChildren()) {
      s.append("<th scope=\"col\">Children</th>");
    }
    s.append("</tr></thead><tbody>");
    for (ExceptionList e : ExceptionList.values()) {
      Integer n = v.exceptions().get(e);
      s.append("<tr><th scope=\"row\">")
          .append(esc(e.title()))
          .append("</th><td class=\"num\">")
          .append(esc(n == null ? "–" : Suppress.count((double) n, suppressed)))
          .append("</td><td><a href=\"/indicators/")
          .append(esc(e.indicator()))
          .append("?period=")
          .append(esc(v.period().label()))
          .append("\">")
          .append(esc(e.indicator()))
          .append("</a></td>");
      if (session.role().seesChildren()) {
        s.append("<td><form method=\"post\" action=\"/children\">")
            .append(Html.csrf(session))
            .append("<input type=\"hidden\" name=\"list\" value=\"exception:")
            .append(esc(e.slug()))
            .append("\"><input type=\"hidden\" name=\"period\" value=\"")
            .append(esc(v.period().label()))
            .append("\"><button type=\"submit\" aria-label=\"Show the children: ")
            .append(esc(e.title()))
            .append("\">Show the children</button></form></td>");
      }
      s.append("</tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  static String children(
      String title,
      Indicator indicator,
      ExceptionList ex,
      ReportingPeriod period,
      List<Member> members,
      Session session) {
    StringBuilder s =
        new StringBuilder("<h1>Children: ")
            .append(esc(title))
            .append("</h1><p>Council list for ")
            .append(esc(period.label()))
            .append(", from ")
            .append(esc(indicator.id()))
            .append(". ")
            .append(members.size())
            .append(" rows, ")
            .append(members.stream().map(Member::childId).distinct().count())
            .append(" children. This view has been recorded in the audit log.</p>")
            .append("<table><caption>Children on the list</caption><thead><tr>")
            .append("<th scope=\"col\">Child</th><th scope=\"col\">Date</th>")
            .append("<th scope=\"col\">In numerator</th><th scope=\"col\">In denominator</th>")
            .append("<th scope=\"col\" class=\"num\">Measure</th><th scope=\"col\">Category</th>")
            .append("</tr></thead><tbody>");
    for (Member m : members) {
      s.append("<tr><th scope=\"row\">")
          .append(esc(m.childId()))
          .append("</th><td>")
          .append(esc(m.eventDate()))
          .append("</td><td>")
          .append(m.inNumerator() ? "yes" : "no")
          .append("</td><td>")
          .append(m.inDenominator() ? "yes" : "no")
          .append("</td><td class=\"num\">")
          .append(esc(m.measure() == null ? "" : Html.number(m.measure())))
          .append("</td><td>")
          .append(esc(m.category()))
          .append("</td></tr>");
    }
    s.append("</tbody></table>");
    String from = ex == null ? indicator.id() + " " + indicator.name() : ex.title();
    s.append(raiseForm(session, from + ", " + period.label() + " (child list)"));
    return s.toString();
  }

  // ------------------------------------------------------------------ actions

  static String raiseForm(Session session, String raisedFrom) {
    return "<h2>Raise an action</h2><form method=\"post\" action=\"/actions\">"
        + Html.csrf(session)
        + "<input type=\"hidden\" name=\"raised_from\" value=\""
        + esc(raisedFrom)
        + "\"><label for=\"action-title\">What needs doing</label>"
        + "<input id=\"action-title\" name=\"title\" size=\"60\" maxlength=\"300\" required>"
        + "<label for=\"action-owner\">Owner</label>"
        + "<input id=\"action-owner\" name=\"owner\" maxlength=\"100\" required>"
        + "<label for=\"action-due\">Due date</label>"
        + "<input id=\"action-due\" name=\"due\" type=\"date\" required>"
        + "<p><button type=\"submit\">Raise the action</button></p></form>";
  }

  static String actions(
      List<Actions.Action> list, LocalDate today, Session session, String raisedFrom) {
    StringBuilder s = new StringBuilder("<h1>Actions</h1>");
    long overdue = list.stream().filter(a -> a.overdue(today)).count();
    long open = list.stream().filter(a -> !a.status().closed()).count();
    s.append("<p>")
        .append(open)
        .append(" open, of which ")
        .append(overdue)
        .append(" overdue. Closed actions are listed after the open ones.</p>");
    s.append("<table><caption>Actions for the clinic</caption><thead><tr>")
        .append("<th scope=\"col\">Action</th><th scope=\"col\">Raised from</th>")
        .append("<th scope=\"col\">Owner</th><th scope=\"col\">Due</th>")
        .append("<th scope=\"col\">Status</th></tr></thead><tbody>");
    List<Actions.Action> sorted = new ArrayList<>(list);
    sorted.sort(
        java.util.Comparator.comparing((Actions.Action a) -> a.status().closed())
            .thenComparing(Actions.Action::due));
    for (Actions.Action a : sorted) {
      s.append("<tr")
          .append(a.overdue(today) ? " class=\"overdue\"" : "")
          .append("><td><a href=\"/actions/")
          .append(a.id())
          .append("\">")
          .append(esc(a.title()))
          .append("</a></td><td>")
          .append(esc(a.raisedFrom()))
          .append("</td><td>")
          .append(esc(a.owner()))
          .append("</td><td>")
          .append(esc(a.due()))
          .append("</td><td>")
          .append(esc(a.status().word()))
          .append("</td></tr>");
    }
    s.append("</tbody></table>");
    if (session.role() != Role.COUNCILLOR) {
      s.append(raiseForm(session, raisedFrom == null ? "the clinic" : raisedFrom));
    }
    return s.toString();
  }

  static String action(
      Actions.Action a, List<Actions.Update> updates, LocalDate today, Session session) {
    StringBuilder s =
        new StringBuilder("<h1>Action ")
            .append(a.id())
            .append(": ")
            .append(esc(a.title()))
            .append("</h1><table><tbody>")
            .append(row2("Raised from", a.raisedFrom()))
            .append(row2("Owner", a.owner()))
            .append(row2("Due", a.due() + (a.overdue(today) ? " (overdue)" : "")))
            .append(row2("Status", a.status().word()))
            .append(row2("Raised by", a.raisedBy() + " on " + a.raisedAt().toLocalDate()))
            .append("</tbody></table><h2>Updates</h2>");
    if (updates.isEmpty()) {
      s.append("<p>No updates yet.</p>");
    } else {
      s.append("<ol class=\"updates\">");
      for (Actions.Update u : updates) {
        s.append("<li><p><strong>")
            .append(esc(u.status().word()))
            .append("</strong>, ")
            .append(esc(u.author()))
            .append(", ")
            .append(esc(u.writtenAt().toLocalDate()))
            .append("</p><p>")
            .append(esc(u.note()))
            .append("</p></li>");
      }
      s.append("</ol>");
    }
    if (session.role() != Role.COUNCILLOR) {
      s.append("<h2>Add an update</h2><form method=\"post\" action=\"/actions/")
          .append(a.id())
          .append("/updates\">")
          .append(Html.csrf(session))
          .append("<label for=\"update-status\">Status</label><select id=\"update-status\"")
          .append(" name=\"status\">");
      for (Actions.Status st : Actions.Status.values()) {
        s.append("<option value=\"")
            .append(st.name().toLowerCase(Locale.ROOT))
            .append('"')
            .append(st == a.status() ? " selected" : "")
            .append('>')
            .append(esc(st.word()))
            .append("</option>");
      }
      s.append("</select><label for=\"update-note\">Note</label>")
          .append("<textarea id=\"update-note\" name=\"note\" rows=\"3\" cols=\"60\"")
          .append(" maxlength=\"2000\" required></textarea>")
          .append("<p><button type=\"submit\">Save the update</button></p></form>");
    }
    s.append("<p><a href=\"/actions\">All actions</a></p>");
    return s.toString();
  }

  // ------------------------------------------------------------------ imports, audit, reports

  static String imports(Provenance prov, ImportReport report, String error, Session session) {
    StringBuilder s = new StringBuilder("<h1>Imports</h1>");
    if (error != null) {
      s.append("<div class=\"error\" role=\"alert\"><h2>Nothing was imported</h2><p>")
          .append(esc(error))
          .append("</p><p>The store is unchanged: an upload is imported whole or not at all.</p>")
          .append("</div>");
    }
    if (report != null) {
      s.append("<div class=\"ok\" role=\"status\"><h2>Imported</h2><p>")
          .append(report.batches().size())
          .append(" returns, ")
          .append(String.format(Locale.ROOT, "%,d", report.totalRows()))
          .append(" rows, in ")
          .append(report.millis())
          .append(" ms.</p>");
      if (!report.skipped().isEmpty()) {
        s.append("<ul>");
        for (ImportReport.Skipped k : report.skipped()) {
          s.append("<li>")
              .append(esc(k.file()))
              .append(" was not imported: ")
              .append(esc(k.reason()))
              .append("</li>");
        }
        s.append("</ul>");
      }
      s.append("</div>");
    }
    // Without script the form posts as usual; with htmx it posts in the background so the
    // progress bar can move, and the page's main content is replaced by the answer.
    s.append("<h2>Upload returns</h2><form method=\"post\" action=\"/imports\"")
        .append(" enctype=\"multipart/form-data\" hx-post=\"/imports\"")
        .append(" hx-encoding=\"multipart/form-data\" hx-target=\"main\" hx-select=\"main\"")
        .append(" hx-swap=\"outerHTML\">")
        .append(Html.csrf(session))
        .append("<label for=\"files\">Return files (CIN census XML, SSDA903 CSV or XML,")
        .append(" Annex A xlsx)</label><input id=\"files\" name=\"files\" type=\"file\"")
        .append(" multiple required><label for=\"year\">Collection year, for returns that")
        .append(" do not name it (e.g. 2024-25)</label><input id=\"year\" name=\"year\"")
        .append(" pattern=\"\\d{4}-\\d{2}\"><p><button type=\"submit\">Upload and import")
        .append("</button> <progress id=\"upload-progress\" max=\"100\" value=\"0\"")
        .append(" aria-label=\"Upload progress\">0%</progress> <span id=\"upload-status\"")
        .append(" role=\"status\"></span></p></form>");
    s.append("<h2>Provenance</h2><table><caption>Returns in the store, newest first</caption>")
        .append("<thead><tr><th scope=\"col\">Batch</th><th scope=\"col\">Return</th>")
        .append("<th scope=\"col\">Year</th><th scope=\"col\">Imported</th>")
        .append("<th scope=\"col\">Files</th><th scope=\"col\" class=\"num\">Bytes</th>")
        .append("</tr></thead><tbody>");
    for (List<String> b : prov.batches()) {
      s.append("<tr><th scope=\"row\">").append(esc(b.get(0))).append("</th>");
      for (int k = 1; k < b.size(); k++) {
        s.append(k == b.size() - 1 ? "<td class=\"num\">" : "<td>")
            .append(esc(b.get(k)))
            .append("</td>");
      }
      s.append("</tr>");
    }
    s.append("</tbody></table><h2>Findings</h2><table><caption>Findings per batch</caption>")
        .append("<thead><tr><th scope=\"col\">Batch</th><th scope=\"col\">Code</th>")
        .append("<th scope=\"col\" class=\"num\">Count</th></tr></thead><tbody>");
    for (List<String> f : prov.findings()) {
      s.append("<tr><td>")
          .append(esc(f.get(0)))
          .append("</td><td>")
          .append(esc(f.get(1)))
          .append("</td><td class=\"num\">")
          .append(esc(f.get(2)))
          .append("</td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  static String audit(List<AuditLog.Entry> entries) {
    StringBuilder s =
        new StringBuilder("<h1>Audit log</h1><p>Every view of child-level data, and every")
            .append(" refused request for one. The log is append-only: nobody can change it from")
            .append(" here. <a href=\"/audit.csv\" download>Download as CSV</a></p>")
            .append("<table><caption>Latest ")
            .append(entries.size())
            .append(" entries, newest first</caption><thead><tr>")
            .append("<th scope=\"col\">When</th><th scope=\"col\">Who</th>")
            .append("<th scope=\"col\">What</th><th scope=\"col\">Council</th>")
            .append("<th scope=\"col\">List</th><th scope=\"col\" class=\"num\">Children</th>")
            .append("</tr></thead><tbody>");
    for (AuditLog.Entry e : entries) {
      s.append("<tr><td>")
          .append(esc(e.viewedAt().toString().replace('T', ' ')))
          .append("</td><td>")
          .append(esc(e.actor()))
          .append("</td><td>")
          .append(esc(e.action()))
          .append("</td><td>")
          .append(esc(e.la()))
          .append("</td><td>")
          .append(esc(e.subject()))
          .append("</td><td class=\"num\">")
          .append(e.children())
          .append("</td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  static String reports(ReportingPeriod p, List<ReportingPeriod> periods, Session session) {
    boolean publicOnly = session.role().suppressed();
    StringBuilder s =
        new StringBuilder("<h1>Reports</h1>")
            .append("<section id=\"report-download\" aria-labelledby=\"report-h\">")
            .append("<h2 id=\"report-h\">Committee report</h2>")
            .append("<p>Inputs, processes and outputs for the period, with trends, benchmarks,")
            .append(" targets and RAG, the breakdowns committees ask about, data-quality caveats")
            .append(" and the definitions. The same figures as the scorecard.</p>")
            .append("<form method=\"get\" action=\"/reports/download\">")
            .append("<div><label for=\"period\">Period</label><select id=\"period\"")
            .append(" name=\"period\">");
    s.append(periodOptions(p, periods))
        .append("</select></div><div><label for=\"format\">Format</label>")
        .append("<select id=\"format\" name=\"format\">")
        .append("<option value=\"pdf\">PDF (A4)</option>")
        .append("<option value=\"docx\">Word (editable commentary)</option>")
        .append("<option value=\"html\">HTML (one file)</option></select></div>");
    if (publicOnly) {
      s.append("<p>Councillors receive the public version: aggregates only, counts from 1 to 5")
          .append(" suppressed.</p><input type=\"hidden\" name=\"public\" value=\"true\">");
    } else {
      s.append("<div><input type=\"checkbox\" id=\"public\" name=\"public\" value=\"true\">")
          .append("<label for=\"public\">Public version (aggregates only, counts from 1 to 5")
          .append(" suppressed), as for Cabinet and scrutiny</label></div>");
    }
    return s.append("<button type=\"submit\">Download</button></form></section>").toString();
  }
}
