package org.caseflow.web.children;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Presentation;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Member;
import org.caseflow.web.Area;
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
 * list or child identifier appears in a URL, and recorded in the audit log (refusals too).
 */
public final class ChildLists {
  private static final Logger LOG = LoggerFactory.getLogger(ChildLists.class);

  /**
   * An exception list's row.
   *
   * @param slug its id
   * @param title its title
   * @param count how many it holds, as shown
   * @param indicator the indicator it is drawn from
   */
  record Row(String slug, String title, String count, String indicator) {}

  /**
   * The exception lists page.
   *
   * @param frame the frame
   * @param la the council
   * @param period the period
   * @param periods the periods offered
   * @param rows the lists
   * @param seesChildren whether the role may open a list
   */
  record ListsPage(
      Frame frame,
      String la,
      ReportingPeriod period,
      List<ReportingPeriod> periods,
      List<Row> rows,
      boolean seesChildren) {}

  /**
   * A child list.
   *
   * @param frame the frame
   * @param title the list's title
   * @param indicator the indicator it comes from
   * @param period the period
   * @param members the rows
   * @param raisedFrom what an action raised here is raised from
   */
  record ChildrenPage(
      Frame frame,
      String title,
      String indicator,
      org.caseflow.measure.Subject subject,
      ReportingPeriod period,
      List<Member> members,
      String raisedFrom) {
    long children() {
      return members.stream().map(Member::childId).distinct().count();
    }

    /** The heading of the identifier column, in the indicator's subject: "Child", "Worker". */
    String memberLabel() {
      return subject.memberLabel();
    }

    /** What the distinct identifiers are, plural: "children", or "workers" for WF07. */
    String counted() {
      return subject.identifiesChildren() ? "children" : subject.plural();
    }
  }

  /** What a POST to /children asks for. */
  private record Ask(Indicator indicator, ExceptionList exception, String subject) {}

  private final Web web;

  private ChildLists(Web web) {
    this.web = web;
  }

  /** Adds the exception lists' and child lists' routes. */
  public static void routes(Routes r, Web web) {
    ChildLists c = new ChildLists(web);
    r.get(Area.EXCEPTIONS, "/exceptions", c::exceptions);
    r.post(Area.CHILDREN, "/children", c::children, c::refused);
  }

  private void exceptions(Context ctx) {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    ScorecardView v = web.view(p);
    boolean suppressed = s.role().suppressed();
    Map<ExceptionList, Integer> counts = counts(v);
    List<Row> rows =
        java.util.Arrays.stream(ExceptionList.values())
            .map(
                e -> {
                  Integer n = counts.get(e);
                  return new Row(
                      e.slug(),
                      e.title(),
                      n == null ? Formats.MISSING : Presentation.of(suppressed).count((double) n),
                      e.indicator());
                })
            .toList();
    Views.page(
        ctx,
        "children/lists.jte",
        new ListsPage(
            Web.frame(ctx, "Exception lists " + p.label()),
            v.la(),
            v.period(),
            web.periods(),
            rows,
            Area.CHILDREN.allows(s.role())));
  }

  /** How many units each exception list holds, worked out once per scorecard. */
  @SuppressWarnings("unchecked")
  private Map<ExceptionList, Integer> counts(ScorecardView v) {
    return (Map<ExceptionList, Integer>)
        v.derived()
            .computeIfAbsent(
                "exception-lists",
                k -> {
                  try {
                    return web.db()
                        .with(
                            st -> {
                              Measurer measurer = new Measurer(st, web.population());
                              Map<ExceptionList, Integer> out = new EnumMap<>(ExceptionList.class);
                              for (ExceptionList e : ExceptionList.values()) {
                                var i = web.catalogue().find(e.indicator());
                                if (i.isPresent()) {
                                  List<Member> members =
                                      measurer.members(i.get(), v.la(), v.period());
                                  out.put(e, e.select(members, v.period()).size());
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
      return new Ask(indicator, null, indicator.id() + " " + p.label());
    } else if (list.startsWith("exception:")) {
      ExceptionList exception =
          ExceptionList.bySlug(list.substring(10))
              .orElseThrow(() -> Halt.status(404, "There is no such exception list."));
      Indicator indicator = web.catalogue().find(exception.indicator()).orElseThrow();
      return new Ask(indicator, exception, exception.slug() + " " + p.label());
    }
    throw Halt.status(400, "Choose a list: an indicator's children or an exception list.");
  }

  /** A role the table refuses child lists: the refusal is recorded too. */
  private void refused(Context ctx, Session s) throws SQLException {
    Ask a = ask(ctx, web.period(ctx));
    web.db()
        .with(
            st -> {
              web.audit().record(s.user(), "refused children", web.la(), a.subject(), 0);
              return null;
            });
    LOG.warn("refused a child list to a {} account", s.role().word());
    throw Halt.status(403, "Councillors see aggregate figures only, not lists of children.");
  }

  private void children(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    Ask a = ask(ctx, p);
    ExceptionList ex = a.exception();
    List<Member> members =
        web.db()
            .with(
                st -> {
                  List<Member> all =
                      new Measurer(st, web.population()).members(a.indicator(), web.la(), p);
                  List<Member> shown = ex == null ? all : ex.select(all, p);
                  web.audit()
                      .record(
                          s.user(),
                          "children",
                          web.la(),
                          a.subject(),
                          (int) shown.stream().map(Member::childId).distinct().count());
                  return shown;
                });
    Indicator i = a.indicator();
    String title = ex == null ? i.id() + " " + i.name() : ex.title();
    Views.page(
        ctx,
        "children/children.jte",
        new ChildrenPage(
            Web.frame(ctx, "Children: " + title),
            title,
            i.id(),
            i.subject(),
            p,
            members,
            title + ", " + p.label() + " (child list)"));
  }
}
