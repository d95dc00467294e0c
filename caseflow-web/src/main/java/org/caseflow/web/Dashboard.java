package org.caseflow.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseflow.compare.Targets;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFault;
import org.caseflow.web.actions.ActionPages;
import org.caseflow.web.audit.AuditPages;
import org.caseflow.web.children.ChildLists;
import org.caseflow.web.dataquality.DataQualityPages;
import org.caseflow.web.imports.ImportPage;
import org.caseflow.web.indicator.IndicatorPage;
import org.caseflow.web.reports.ReportsPage;
import org.caseflow.web.scorecard.ScorecardPage;
import org.caseflow.web.signin.SignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The performance clinic dashboard: a web server over one store and one council. Sign-in with local
 * accounts, roles, CSRF tokens, security headers and an audit of every child-level view.
 */
public final class Dashboard implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);

  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "cf_session";

  /**
   * How to run the dashboard.
   *
   * @param store the open store (the dashboard does not close it)
   * @param la the council, or null for the one council in the store
   * @param host the address to listen on (loopback unless told otherwise)
   * @param port the port, 0 for any free one
   * @param secureCookies mark cookies Secure (set when served behind TLS)
   * @param idleTimeout how long an unused session lasts
   * @param clock the clock (sessions, audit, actions)
   * @param targets the council's own targets
   * @param maxSession how long a session lasts at most, however busy
   * @param trustedProxies the addresses of proxies whose X-Forwarded-For the sign-in limits believe
   *     (none: the address of the peer is the client's)
   * @param cachedPeriods how many periods' scorecards are kept computed at most
   * @param maxUploadBytes the largest upload accepted (all its files), answered 413 beyond
   */
  public record Options(
      Store store,
      String la,
      String host,
      int port,
      boolean secureCookies,
      Duration idleTimeout,
      Clock clock,
      Targets targets,
      Duration maxSession,
      Set<String> trustedProxies,
      int cachedPeriods,
      long maxUploadBytes) {
    /** The longest a session lasts by default: a working day and a half. */
    public static final Duration MAX_SESSION = Duration.ofHours(12);

    /** How many periods' scorecards are kept by default. */
    public static final int CACHED_PERIODS = 24;

    public Options {
      trustedProxies = Set.copyOf(trustedProxies);
      if (cachedPeriods < 1) {
        throw new IllegalArgumentException("at least one period's scorecard must be kept");
      }
    }

    /**
     * The upload limit unless told otherwise: 256 MB, nearly seven times the largest file of the
     * largest council (Kent's CIN census, 37.4 MB) and above the largest workbook caseflow reads.
     */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 256L * 1024 * 1024;

    /**
     * Loopback, port 8080, cookies not Secure, 30 minutes idle and 12 hours at most, the system
     * clock, no local targets (each indicator judged against its statistical neighbours' mean), no
     * trusted proxy, 24 periods' scorecards kept.
     */
    public static Options defaults(Store store, String la) {
      return new Options(
          store,
          la,
          "127.0.0.1",
          8080,
          false,
          Duration.ofMinutes(30),
          Clock.systemDefaultZone(),
          Targets.none(),
          MAX_SESSION,
          Set.of(),
          CACHED_PERIODS,
          DEFAULT_MAX_UPLOAD_BYTES);
    }

    public Options withTargets(Targets t) {
      return new Options(
          store,
          la,
          host,
          port,
          secureCookies,
          idleTimeout,
          clock,
          t,
          maxSession,
          trustedProxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withPort(int p) {
      return new Options(
          store,
          la,
          host,
          p,
          secureCookies,
          idleTimeout,
          clock,
          targets,
          maxSession,
          trustedProxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withHost(String h) {
      return new Options(
          store,
          la,
          h,
          port,
          secureCookies,
          idleTimeout,
          clock,
          targets,
          maxSession,
          trustedProxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withSecureCookies(boolean s) {
      return new Options(
          store,
          la,
          host,
          port,
          s,
          idleTimeout,
          clock,
          targets,
          maxSession,
          trustedProxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withIdleTimeout(Duration d) {
      return new Options(
          store,
          la,
          host,
          port,
          secureCookies,
          d,
          clock,
          targets,
          maxSession,
          trustedProxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withClock(Clock c) {
      return new Options(
          store,
          la,
          host,
          port,
          secureCookies,
          idleTimeout,
          c,
          targets,
          maxSession,
          trustedProxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withMaxSession(Duration d) {
      return new Options(
          store,
          la,
          host,
          port,
          secureCookies,
          idleTimeout,
          clock,
          targets,
          d,
          trustedProxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withTrustedProxies(Set<String> proxies) {
      return new Options(
          store,
          la,
          host,
          port,
          secureCookies,
          idleTimeout,
          clock,
          targets,
          maxSession,
          proxies,
          cachedPeriods,
          maxUploadBytes);
    }

    public Options withCachedPeriods(int n) {
      return new Options(
          store,
          la,
          host,
          port,
          secureCookies,
          idleTimeout,
          clock,
          targets,
          maxSession,
          trustedProxies,
          n,
          maxUploadBytes);
    }

    public Options withMaxUploadBytes(long m) {
      return new Options(
          store,
          la,
          host,
          port,
          secureCookies,
          idleTimeout,
          clock,
          targets,
          maxSession,
          trustedProxies,
          cachedPeriods,
          m);
    }
  }

  private final Options options;
  private final Db db;
  private final Web web;
  private final Sessions sessions;
  private final byte[] htmx;
  private final byte[] css;
  private final byte[] js;
  private Javalin app;
  private boolean closed;

  private Dashboard(Options options) throws SQLException {
    this.options = options;
    String la = options.la() != null ? options.la() : onlyCouncil(options.store());
    this.db = new Db(options.store());
    this.web =
        new Web(
            db,
            la,
            options.clock(),
            options.targets(),
            options.secureCookies(),
            options.cachedPeriods());
    this.sessions = new Sessions(options.clock(), options.idleTimeout(), options.maxSession());
    sessions.checkAccountsWith(this::accountEnabled);
    this.htmx = resource("/META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js");
    this.css = resource("/org/caseflow/web/caseflow.css");
    this.js = resource("/org/caseflow/web/caseflow.js");
  }

  /** Starts the dashboard and returns once it is listening. */
  public static Dashboard start(Options options) throws SQLException {
    Dashboard d = new Dashboard(options);
    d.app = Javalin.create(d::configure).start(options.host(), options.port());
    LOG.info("dashboard listening on port {}", d.app.port());
    return d;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String h = options.host().equals("0.0.0.0") ? "localhost" : options.host();
    return "http://" + h + ":" + port() + "/";
  }

  /** What the features share (for tests). */
  Web web() {
    return web;
  }

  /** The store as the dashboard's requests share it (for tests). */
  Db db() {
    return db;
  }

  /** The council it shows. */
  public String council() {
    return web.la();
  }

  /** Computes the scorecard for the latest period now, so the first visitor need not wait. */
  public void warm() {
    web.view(web.defaultPeriod());
  }

  /** Stops listening and closes the dashboard's own connections; a second call does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (app != null) {
      app.stop();
    }
    db.close();
  }

  private static String onlyCouncil(Store store) throws SQLException {
    try (var s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT la FROM import_batch ORDER BY la")) {
      List<String> las = new ArrayList<>();
      while (rs.next()) {
        las.add(rs.getString(1));
      }
      if (las.size() != 1) {
        throw new IllegalArgumentException(
            las.isEmpty()
                ? "the store holds no returns yet: import some first, or give the council (--la)"
                : "the store holds several councils " + las + ": choose one (--la)");
      }
      return las.get(0);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = Dashboard.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void configure(io.javalin.config.JavalinConfig cfg) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    // Jetty stops reading an upload past the limit; ImportPage answers 413 naming it.
    long kb = Math.max(1, options.maxUploadBytes() / 1024);
    cfg.jetty.multipartConfig.maxFileSize(kb, SizeUnit.KB);
    cfg.jetty.multipartConfig.maxTotalRequestSize(kb, SizeUnit.KB);
    cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    cfg.http.maxRequestSize = options.maxUploadBytes();
    // Jetty's own answers (a request it cannot parse, headers too large) carry the headers too.
    cfg.jetty.modifyHttpConfiguration(h -> h.addCustomizer(SecurityHeaders.customizer()));
    cfg.jetty.modifyServer(server -> server.setErrorHandler(SecurityHeaders.errorHandler()));
    cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(SecurityHeaders.errorHandler()));
    var r = cfg.routes;
    r.before(this::guard);
    r.get("/static/htmx.min.js", ctx -> asset(ctx, htmx, "text/javascript"));
    r.get("/static/caseflow.css", ctx -> asset(ctx, css, "text/css"));
    r.get("/static/caseflow.js", ctx -> asset(ctx, js, "text/javascript"));
    r.get("/", ctx -> ctx.redirect("/scorecard"));
    // Each feature adds its routes, each route under an area of the role table.
    Routes routes = new Routes(r, web);
    SignIn.routes(routes, web, sessions, options.trustedProxies());
    ScorecardPage.routes(routes, web);
    IndicatorPage.routes(routes, web);
    org.caseflow.web.spc.SpcPages.routes(routes, web);
    ChildLists.routes(routes, web);
    ActionPages.routes(routes, web);
    ImportPage.routes(routes, web, options.maxUploadBytes());
    DataQualityPages.routes(routes, web);
    AuditPages.routes(routes, web);
    ReportsPage.routes(routes, web);
    org.caseflow.web.accounts.AccountPages.routes(routes, web, sessions);
    r.exception(
        Halt.class,
        (e, ctx) -> {
          ctx.status(e.status());
          if (e.location() != null) {
            if (ctx.header("HX-Request") != null) {
              ctx.header("HX-Redirect", e.location());
            }
            ctx.header("Location", e.location());
            ctx.result("");
            return;
          }
          Views.page(
              ctx,
              "error.jte",
              new ErrorPage(
                  new Frame("Error " + e.status(), ctx.attribute("session")),
                  title(e.status()),
                  e.getMessage()));
        });
    r.exception(
        Exception.class,
        (e, ctx) -> {
          // Never echo the exception: it might carry a value from the store.
          // Nor log its message: a database error may quote a value from a row (a child's id).
          if (UploadLimit.refusedBySize(e) || UploadLimit.unreadableForm(e)) {
            // Jetty stopped reading a form: past the limit, or a byte HTTP does not allow (the
            // CSRF check is the first to read a form).
            Halt h =
                UploadLimit.refusedBySize(e)
                    ? new UploadLimit(options.maxUploadBytes()).refusal()
                    : UploadLimit.unreadable();
            ctx.status(h.status());
            Views.page(
                ctx,
                "error.jte",
                new ErrorPage(
                    new Frame("Error " + h.status(), ctx.attribute("session")),
                    title(h.status()),
                    h.getMessage()));
            return;
          }
          StoreFault fault = StoreFault.of(e);
          if (fault == StoreFault.DISK_FULL) {
            // Named as such; the store is opened again at the next request once space is freed.
            LOG.error("request failed: {} {}: the store's disk is full", ctx.method(), ctx.path());
            ctx.status(507);
            Views.page(
                ctx,
                "error.jte",
                new ErrorPage(
                    new Frame("Error 507", ctx.attribute("session")),
                    title(507),
                    "The disk holding the store is full; free some space and try again."));
            return;
          }
          LOG.error("request failed: {} {}: {}", ctx.method(), ctx.path(), withoutMessages(e));
          ctx.status(500);
          Views.page(
              ctx,
              "error.jte",
              new ErrorPage(
                  new Frame("Error 500", ctx.attribute("session")),
                  "Something went wrong",
                  "The error has been logged."));
        });
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "The request could not be read";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 422 -> "The upload was not imported";
      case 413 -> "The upload is too large";
      case 429 -> "Too many attempts";
      case 503 -> "The store cannot be used just now";
      case 507 -> "The disk is full";
      default -> "Error " + status;
    };
  }

  // ---------------------------------------------------------------- security

  /** Whether the account may keep its sessions (fails closed when the store cannot say). */
  private boolean accountEnabled(String user) {
    try {
      return web.db().with(st -> new Users(st, web.clock()).enabled(user));
    } catch (SQLException | RuntimeException e) {
      LOG.warn("could not look up an account's status; its sessions end");
      return false;
    }
  }

  private void guard(Context ctx) {
    securityHeaders(ctx);
    UploadLimit limit = new UploadLimit(options.maxUploadBytes());
    if (limit.over(ctx.req().getContentLengthLong())) {
      throw limit.refusal(); // before anything reads the body
    }
    String path = ctx.path();
    boolean changes = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
    if (changes
        && !SecurityHeaders.sameOrigin(
            ctx.header("Origin"), ctx.header("Referer"), ctx.header("Host"))) {
      LOG.warn("refused a {} to {} from another site (Origin or Referer)", ctx.method(), path);
      throw Halt.status(
          403,
          "The form did not come from this site (its Origin or Referer). Reload the page and retry.");
    }
    if (path.startsWith("/static/") || path.equals("/login")) {
      return;
    }
    if (path.equals("/favicon.ico")) {
      throw Halt.status(404, "No icon.");
    }
    Optional<Session> s = sessions.find(ctx.cookie(SESSION_COOKIE));
    if (s.isEmpty()) {
      if (ctx.cookie(SESSION_COOKIE) != null) {
        ctx.header("Set-Cookie", web.cookie(SESSION_COOKIE, "", "/", 0));
        throw Halt.redirect("/login?error=ended");
      }
      throw Halt.redirect("/login");
    }
    ctx.attribute("session", s.get());
    if (changes) {
      String sent = ctx.header("X-CSRF-Token");
      if (sent == null) {
        sent = ctx.formParam("_csrf");
      }
      if (sent == null || !MessageDigest.isEqual(bytes(sent), bytes(s.get().csrf()))) {
        LOG.warn("refused a {} to {} without a valid CSRF token", ctx.method(), path);
        throw Halt.status(
            403, "The form has expired or did not come from this site. Reload the page and retry.");
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void securityHeaders(Context ctx) {
    SecurityHeaders.HEADERS.forEach(ctx::header);
    if (!ctx.path().startsWith("/static/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static void asset(Context ctx, byte[] body, String type) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type + "; charset=utf-8");
    ctx.result(body);
  }

  /**
   * The exception's kinds and where it was thrown, without any message: messages from the engine or
   * a library may quote values from the data.
   */
  public static String withoutMessages(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      s.append(s.length() == 0 ? "" : " caused by ").append(t.getClass().getName());
      StackTraceElement[] at = t.getStackTrace();
      for (int k = 0; k < Math.min(5, at.length); k++) {
        s.append("\n\tat ").append(at[k]);
      }
    }
    return s.toString();
  }
}
