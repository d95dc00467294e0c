package org.caseflow.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Where the features add their routes. Every route belongs to an {@link Area}; a request from a
 * role the area does not allow is refused before the handler runs.
 */
public final class Routes {
  /** What to do before refusing a role (e.g. audit the refusal); it may throw its own refusal. */
  public interface Refusal {
    void refused(Context ctx, Session session) throws Exception;
  }

  private final RoutesConfig routes;

  Routes(RoutesConfig routes) {
    this.routes = routes;
  }

  public void get(Area area, String path, Handler handler) {
    routes.get(path, checked(area, handler, (c, s) -> {}));
  }

  public void post(Area area, String path, Handler handler) {
    routes.post(path, checked(area, handler, (c, s) -> {}));
  }

  /** A POST whose refusal is first handed to {@code refusal}. */
  public void post(Area area, String path, Handler handler, Refusal refusal) {
    routes.post(path, checked(area, handler, refusal));
  }

  /** A GET open without a session (the sign-in form only: the guard lets nothing else through). */
  public void openGet(String path, Handler handler) {
    routes.get(path, handler);
  }

  /** A POST open to anyone the guard lets through (signing in and out). */
  public void openPost(String path, Handler handler) {
    routes.post(path, handler);
  }

  private static Handler checked(Area area, Handler handler, Refusal refusal) {
    return ctx -> {
      Session s = Web.session(ctx);
      if (!area.allows(s.role())) {
        refusal.refused(ctx, s);
        throw Halt.status(403, "Your role (" + s.role().word() + ") cannot use this page.");
      }
      handler.handle(ctx);
    };
  }
}
