package org.caseflow.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the features add their routes. Every route belongs to an {@link Area}; a request from a
 * role the area does not allow is refused before the handler runs, and the refusal is written to
 * the audit log: who, their role, the area and the route's pattern (never the path itself, which
 * may hold an id, nor the query).
 */
public final class Routes {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

  /** What to do before refusing a role (e.g. audit the refusal); it may throw its own refusal. */
  public interface Refusal {
    void refused(Context ctx, Session session) throws Exception;
  }

  private final RoutesConfig routes;
  private final Web web;

  Routes(RoutesConfig routes, Web web) {
    this.routes = routes;
    this.web = web;
  }

  public void get(Area area, String path, Handler handler) {
    routes.get(path, checked(area, "GET " + path, handler, null));
  }

  public void post(Area area, String path, Handler handler) {
    routes.post(path, checked(area, "POST " + path, handler, null));
  }

  /**
   * A POST whose refusal is handed to {@code refusal}, which records it in the audit log itself
   * (with what was asked for) instead of the general record.
   */
  public void post(Area area, String path, Handler handler, Refusal refusal) {
    routes.post(path, checked(area, "POST " + path, handler, refusal));
  }

  /** A GET open without a session (the sign-in form only: the guard lets nothing else through). */
  public void openGet(String path, Handler handler) {
    routes.get(path, handler);
  }

  /** A POST open to anyone the guard lets through (signing in and out). */
  public void openPost(String path, Handler handler) {
    routes.post(path, handler);
  }

  private Handler checked(Area area, String route, Handler handler, Refusal refusal) {
    return ctx -> {
      Session s = Web.session(ctx);
      if (!area.allows(s.role())) {
        if (refusal != null) {
          refusal.refused(ctx, s);
        } else {
          recordRefusal(area, route, s);
        }
        throw Halt.status(403, "Your role (" + s.role().word() + ") cannot use this page.");
      }
      handler.handle(ctx);
    };
  }

  /** Writes a refusal to the audit log: who, role, area and route pattern (no ids, no query). */
  private void recordRefusal(Area area, String route, Session s) throws java.sql.SQLException {
    String what = "refused " + area.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    web.db()
        .with(
            st -> {
              web.audit().record(s.user(), what, web.la(), route + " (" + s.role().word() + ")", 0);
              return null;
            });
    LOG.warn("refused {} to a {} account", route, s.role().word());
  }
}
