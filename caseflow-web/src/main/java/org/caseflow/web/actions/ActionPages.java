package org.caseflow.web.actions;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Routes;
import org.caseflow.web.Session;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/** The clinic's actions: the list, one action with its updates, raising and updating. */
public final class ActionPages {
  /**
   * The list of actions.
   *
   * @param frame the frame
   * @param actions open ones first, then by due date
   * @param today the day, for what is overdue
   * @param raisedFrom what a new action is raised from
   */
  record ListPage(Frame frame, List<Actions.Action> actions, LocalDate today, String raisedFrom) {
    long open() {
      return actions.stream().filter(a -> !a.status().closed()).count();
    }

    long overdue() {
      return actions.stream().filter(a -> a.overdue(today)).count();
    }
  }

  /**
   * One action.
   *
   * @param frame the frame
   * @param action the action
   * @param updates its updates, oldest first
   * @param today the day, for whether it is overdue
   */
  record ActionPage(
      Frame frame, Actions.Action action, List<Actions.Update> updates, LocalDate today) {
    List<Actions.Status> statuses() {
      return List.of(Actions.Status.values());
    }
  }

  private final Web web;

  private ActionPages(Web web) {
    this.web = web;
  }

  /** Adds the actions' routes. */
  public static void routes(Routes r, Web web) {
    ActionPages a = new ActionPages(web);
    r.get(Area.ACTIONS, "/actions", a::list);
    r.post(Area.ACTIONS, "/actions", a::raise);
    r.get(Area.ACTIONS, "/actions/{id}", a::show);
    r.post(Area.ACTIONS, "/actions/{id}/updates", a::update);
  }

  private Actions actions() {
    return new Actions(web.db().store(), web.clock());
  }

  private void list(Context ctx) throws SQLException {
    List<Actions.Action> list = new ArrayList<>(web.db().with(st -> actions().list(web.la())));
    list.sort(
        Comparator.comparing((Actions.Action a) -> a.status().closed())
            .thenComparing(Actions.Action::due));
    String from = ctx.queryParam("raised_from");
    Views.page(
        ctx,
        "actions/list.jte",
        new ListPage(
            Web.frame(ctx, "Actions"),
            List.copyOf(list),
            LocalDate.now(web.clock()),
            from == null ? "the clinic" : from));
  }

  private void raise(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    String title = Web.field(ctx, "title", 300);
    String owner = Web.field(ctx, "owner", 100);
    String from = Optional.ofNullable(ctx.formParam("raised_from")).orElse("").strip();
    if (from.length() > 200) {
      from = from.substring(0, 200);
    }
    LocalDate due;
    try {
      due = LocalDate.parse(Web.field(ctx, "due", 10));
    } catch (java.time.format.DateTimeParseException e) {
      throw Halt.status(400, "The due date must be a date, e.g. 2026-01-31.");
    }
    String raisedFrom = from.isEmpty() ? "the clinic" : from;
    long id =
        web.db().write(st -> actions().raise(web.la(), title, raisedFrom, owner, due, s.user()));
    throw Halt.redirect("/actions/" + id);
  }

  private long actionId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Halt.status(404, "There is no such action.");
    }
  }

  private Actions.Action find(long id) throws SQLException {
    return web.db()
        .with(st -> actions().find(id))
        .filter(x -> x.la().equals(web.la()))
        .orElseThrow(() -> Halt.status(404, "There is no such action."));
  }

  private void show(Context ctx) throws SQLException {
    long id = actionId(ctx);
    Actions.Action a = find(id);
    List<Actions.Update> updates = web.db().with(st -> actions().updates(id));
    Views.page(
        ctx,
        "actions/action.jte",
        new ActionPage(Web.frame(ctx, "Action " + id), a, updates, LocalDate.now(web.clock())));
  }

  private void update(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    long id = actionId(ctx);
    find(id);
    Actions.Status status;
    try {
      status = Actions.Status.parse(ctx.formParam("status"));
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "The status must be open, in progress, done or dropped.");
    }
    String note = Web.field(ctx, "note", 2000);
    web.db()
        .write(
            st -> {
              actions().update(id, s.user(), status, note);
              return null;
            });
    throw Halt.redirect("/actions/" + id);
  }
}
