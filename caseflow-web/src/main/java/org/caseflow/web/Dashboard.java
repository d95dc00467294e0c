package org.caseflow.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Member;
import org.caseflow.measure.Population;
import org.caseflow.store.AuditLog;
import org.caseflow.store.ImportException;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.validate.DataQuality;
import org.caseflow.validate.ValidationFinding;
import org.caseflow.validate.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The performance clinic dashboard: a web server over one store and one council. Sign-in with local
 * accounts, roles, CSRF tokens, security headers and an audit of every child-level view.
 */
public final class Dashboard implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);
  static final String SESSION_COOKIE = "cf_session";
  static final String LOGIN_COOKIE = "cf_login";

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
   */
  public record Options(
      Store store,
      String la,
      String host,
      int port,
      boolean secureCookies,
      Duration idleTimeout,
      Clock clock,
      Targets targets) {
    /**
     * Loopback, port 8080, cookies not Secure, 30 minutes idle, the system clock, no local targets
     * (each indicator judged against its statistical neighbours' mean).
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
          Targets.none());
    }

    public Options withTargets(Targets t) {
      return new Options(store, la, host, port, secureCookies, idleTimeout, clock, t);
    }

    public Options withPort(int p) {
      return new Options(store, la, host, p, secureCookies, idleTimeout, clock, targets);
    }

    public Options withHost(String h) {
      return new Options(store, la, h, port, secureCookies, idleTimeout, clock, targets);
    }

    public Options withSecureCookies(boolean s) {
      return new Options(store, la, host, port, s, idleTimeout, clock, targets);
    }

    public Options withIdleTimeout(Duration d) {
      return new Options(store, la, host, port, secureCookies, d, clock, targets);
    }

    public Options withClock(Clock c) {
      return new Options(store, la, host, port, secureCookies, idleTimeout, c, targets);
    }
  }

  private final Options options;
  private final Db db;
  private final String la;
  private final Sessions sessions;
  private final LoginLimiter limiter;
  private final Catalogue catalogue = Catalogue.load();
  private final Comparer comparer = Comparer.bundled();
  private final Population population = Population.bundled();
  private final Map<String, CompletableFuture<ScorecardView>> views = new ConcurrentHashMap<>();
  private final AtomicReference<List<ReportingPeriod>> periods = new AtomicReference<>();
  private final byte[] htmx;
  private final byte[] css;
  private final byte[] js;
  private Javalin app;

  private Dashboard(Options options) throws SQLException {
    this.options = options;
    this.db = new Db(options.store());
    this.la = options.la() != null ? options.la() : onlyCouncil(options.store());
    this.sessions = new Sessions(options.clock(), options.idleTimeout());
    this.limiter = new LoginLimiter(options.clock());
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

  /** The council it shows. */
  public String council() {
    return la;
  }

  /** Computes the scorecard for the latest period now, so the first visitor need not wait. */
  public void warm() {
    view(defaultPeriod());
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
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
    cfg.jetty.multipartConfig.maxFileSize(200, SizeUnit.MB);
    cfg.jetty.multipartConfig.maxTotalRequestSize(500, SizeUnit.MB);
    cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    cfg.http.maxRequestSize = 500L * 1024 * 1024;
    var r = cfg.routes;
    r.before(this::guard);
    r.get("/static/htmx.min.js", ctx -> asset(ctx, htmx, "text/javascript"));
    r.get("/static/caseflow.css", ctx -> asset(ctx, css, "text/css"));
    r.get("/static/caseflow.js", ctx -> asset(ctx, js, "text/javascript"));
    r.get("/login", this::loginPage);
    r.post("/login", this::login);
    r.post("/logout", this::logout);
    r.get("/", ctx -> ctx.redirect("/scorecard"));
    r.get("/scorecard", this::scorecard);
    r.get("/indicators/{id}", this::indicator);
    r.get("/exceptions", this::exceptions);
    r.post("/children", this::children);
    r.get("/actions", this::actions);
    r.post("/actions", this::raiseAction);
    r.get("/actions/{id}", this::action);
    r.post("/actions/{id}/updates", this::updateAction);
    r.get("/imports", this::imports);
    r.post("/imports", this::upload);
    r.get("/data-quality", this::dataQuality);
    r.post("/data-quality/rows", this::dataQualityRows);
    r.get("/audit", this::audit);
    r.get("/audit.csv", this::auditCsv);
    r.get("/reports", this::reports);
    r.get("/reports/download", this::downloadReport);
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
          Session s = ctx.attribute("session");
          html(
              ctx,
              Html.page(
                  "Error " + e.status(),
                  s,
                  "<h1>"
                      + Html.esc(title(e.status()))
                      + "</h1><p>"
                      + Html.esc(e.getMessage())
                      + "</p>"));
        });
    r.exception(
        Exception.class,
        (e, ctx) -> {
          // Never echo the exception: it might carry a value from the store.
          // Nor log its message: a database error may quote a value from a row (a child's id).
          LOG.error("request failed: {} {}: {}", ctx.method(), ctx.path(), withoutMessages(e));
          ctx.status(500);
          html(
              ctx,
              Html.page(
                  "Error 500",
                  ctx.attribute("session"),
                  "<h1>Something went wrong</h1><p>The error has been logged.</p>"));
        });
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "The request could not be read";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 422 -> "The upload was not imported";
      case 429 -> "Too many attempts";
      default -> "Error " + status;
    };
  }

  // ---------------------------------------------------------------- security

  private void guard(Context ctx) {
    securityHeaders(ctx);
    String path = ctx.path();
    if (path.startsWith("/static/") || path.equals("/login")) {
      return;
    }
    if (path.equals("/favicon.ico")) {
      throw Halt.status(404, "No icon.");
    }
    Optional<Session> s = sessions.find(ctx.cookie(SESSION_COOKIE));
    if (s.isEmpty()) {
      if (ctx.cookie(SESSION_COOKIE) != null) {
        ctx.header("Set-Cookie", cookie(SESSION_COOKIE, "", "/", 0));
      }
      throw Halt.redirect("/login");
    }
    ctx.attribute("session", s.get());
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
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
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!ctx.path().startsWith("/static/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private String cookie(String name, String value, String path, long maxAge) {
    StringBuilder c =
        new StringBuilder(name)
            .append('=')
            .append(value)
            .append("; Path=")
            .append(path)
            .append("; HttpOnly; SameSite=Strict");
    if (maxAge >= 0) {
      c.append("; Max-Age=").append(maxAge);
    }
    if (options.secureCookies()) {
      c.append("; Secure");
    }
    return c.toString();
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(page);
  }

  private static Session session(Context ctx) {
    return ctx.attribute("session");
  }

  private static Session require(Context ctx, Role... roles) {
    Session s = session(ctx);
    for (Role r : roles) {
      if (s.role() == r) {
        return s;
      }
    }
    throw Halt.status(403, "Your role (" + s.role().word() + ") cannot use this page.");
  }

  private static void asset(Context ctx, byte[] body, String type) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type + "; charset=utf-8");
    ctx.result(body);
  }

  private void loginPage(Context ctx) {
    // Keep the token a browser already holds: a second load (another tab, a favicon redirect)
    // must not invalidate the form on the first.
    String held = ctx.cookie(LOGIN_COOKIE);
    String pre = held != null && held.matches("[A-Za-z0-9_-]{43}") ? held : Sessions.token();
    ctx.header("Set-Cookie", cookie(LOGIN_COOKIE, pre, "/login", -1));
    html(ctx, Html.page("Sign in", null, Pages.login(pre, ctx.queryParam("error"))));
  }

  private void login(Context ctx) throws SQLException {
    String pre = ctx.cookie(LOGIN_COOKIE);
    String sent = ctx.formParam("_csrf");
    if (pre == null || sent == null || !MessageDigest.isEqual(bytes(pre), bytes(sent))) {
      throw Halt.status(403, "The sign-in form has expired. Reload the page and retry.");
    }
    String user = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String ip = ctx.ip();
    // Reserved before the slow password check, so a burst of guesses cannot all be checked.
    if (!limiter.reserve(ip, user)) {
      LOG.warn("sign-in refused: too many failures");
      throw Halt.status(
          429, "Too many failed sign-ins for this account. Wait a few minutes and try again.");
    }
    Users users = new Users(db.store(), options.clock());
    // Read the account with the store held; check the password (bcrypt, slow) without it.
    Optional<Role> role = Users.check(db.with(st -> users.row(user)), password.toCharArray());
    if (role.isEmpty()) {
      limiter.failed(ip, user);
      ctx.status(401);
      String fresh = Sessions.token();
      ctx.header("Set-Cookie", cookie(LOGIN_COOKIE, fresh, "/login", -1));
      html(
          ctx,
          Html.page(
              "Sign in", null, Pages.login(fresh, "The user name or password is not right.")));
      return;
    }
    limiter.succeeded(user);
    Session s = sessions.open(user, role.get());
    ctx.res().addHeader("Set-Cookie", cookie(SESSION_COOKIE, s.token(), "/", -1));
    ctx.res().addHeader("Set-Cookie", cookie(LOGIN_COOKIE, "", "/login", 0));
    ctx.status(303);
    ctx.header("Location", "/scorecard");
  }

  private void logout(Context ctx) {
    sessions.close(ctx.cookie(SESSION_COOKIE));
    ctx.header("Set-Cookie", cookie(SESSION_COOKIE, "", "/", 0));
    ctx.status(303);
    ctx.header("Location", "/login");
  }

  // ---------------------------------------------------------------- figures

  private List<ReportingPeriod> periods() {
    List<ReportingPeriod> p = periods.get();
    if (p != null) {
      return p;
    }
    try {
      List<ReportingPeriod> found =
          db.with(
              st -> {
                List<ReportingPeriod> out = new ArrayList<>();
                try (PreparedStatement ps =
                    st.connection()
                        .prepareStatement(
                            "SELECT DISTINCT collection_year FROM import_batch WHERE la = ?"
                                + " ORDER BY collection_year DESC")) {
                  ps.setString(1, la);
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      out.add(ReportingPeriod.of(new CollectionYear(rs.getInt(1))));
                    }
                  }
                  // The latest year's quarters too, latest first, after the years.
                  if (!out.isEmpty()) {
                    String fy = out.get(0).label();
                    for (int q = 4; q >= 1; q--) {
                      out.add(ReportingPeriod.parse(fy + "-Q" + q));
                    }
                  }
                }
                return out;
              });
      periods.set(List.copyOf(found));
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private ReportingPeriod defaultPeriod() {
    List<ReportingPeriod> p = periods();
    if (p.isEmpty()) {
      throw Halt.status(404, "No returns have been imported for council " + la + " yet.");
    }
    return p.get(0);
  }

  private ReportingPeriod period(Context ctx) {
    String text = ctx.queryParam("period");
    if (text == null) {
      text = ctx.formParam("period");
    }
    if (text == null || text.isBlank()) {
      return defaultPeriod();
    }
    try {
      return ReportingPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw Halt.status(
          400, "The period is not one caseflow reads; expected " + ReportingPeriod.FORMS);
    }
  }

  ScorecardView view(ReportingPeriod p) {
    String key = p.start() + "/" + p.end() + "/" + p.kind();
    CompletableFuture<ScorecardView> f =
        views.computeIfAbsent(
            key,
            k ->
                CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        return db.with(
                            st ->
                                ScorecardView.compute(
                                    st, catalogue, comparer, options.targets(), population, la, p));
                      } catch (SQLException e) {
                        throw new CompletionException(e);
                      }
                    }));
    try {
      return f.join();
    } catch (CompletionException e) {
      views.remove(key, f);
      throw e;
    }
  }

  /** Forgets computed scorecards (after an import). */
  void invalidate() {
    views.clear();
    periods.set(null);
  }

  private void scorecard(Context ctx) {
    Session s = session(ctx);
    ReportingPeriod p = period(ctx);
    ScorecardView v = view(p);
    boolean suppressed = s.role().suppressed();
    String body =
        v.rendered()
            .computeIfAbsent(
                "scorecard:" + suppressed, k -> Pages.scorecard(v, periods(), suppressed));
    html(ctx, Html.page("Scorecard " + p.label(), s, body));
  }

  private void indicator(Context ctx) throws SQLException {
    Session s = session(ctx);
    ReportingPeriod p = period(ctx);
    ScorecardView v = view(p);
    ScorecardView.Row row =
        v.row(ctx.pathParam("id"))
            .orElseThrow(() -> Halt.status(404, "There is no indicator with that id."));
    // The findings of the tables the indicator declares it reads, measured with the scorecard.
    List<Pages.FindingCount> findings = findings(row);
    List<DataQuality.TableErrors> errors = row.entry().quality().validationErrors();
    html(
        ctx,
        Html.page(
            row.indicator().id() + " " + row.indicator().name(),
            s,
            Pages.indicator(v, row, findings, s)
                + DataQualityPages.affecting(errors, s.role().suppressed())));
  }

  // ---------------------------------------------------------------- data quality

  private void dataQuality(Context ctx) throws SQLException {
    Session s = require(ctx, Role.ADMIN, Role.ANALYST, Role.MANAGER);
    DataQuality.Summary summary = db.with(st -> DataQuality.summary(st.connection(), la));
    html(ctx, Html.page("Data quality", s, DataQualityPages.summary(summary, s)));
  }

  private void dataQualityRows(Context ctx) throws SQLException {
    Session s = require(ctx, Role.ADMIN, Role.ANALYST, Role.MANAGER);
    long batch;
    try {
      batch = Long.parseLong(Optional.ofNullable(ctx.formParam("batch")).orElse(""));
    } catch (NumberFormatException e) {
      throw Halt.status(400, "Choose a rule of a loaded return.");
    }
    String rule = Optional.ofNullable(ctx.formParam("rule")).orElse("");
    DataQuality.Batch b =
        db.with(st -> DataQuality.batches(st.connection(), la)).stream()
            .filter(x -> x.batchId() == batch)
            .findFirst()
            .orElseThrow(() -> Halt.status(404, "There is no such validated return."));
    AuditLog audit = new AuditLog(db.store(), options.clock());
    List<ValidationFinding> rows =
        db.with(
            st -> {
              List<ValidationFinding> found = DataQuality.rows(st.connection(), batch, rule);
              audit.record(
                  s.user(),
                  "validation rows",
                  la,
                  b.kind().label() + " " + b.year().label() + " rule " + rule,
                  (int) found.stream().map(ValidationFinding::childId).distinct().count());
              return found;
            });
    html(ctx, Html.page("Rule " + rule, s, DataQualityPages.rows(b.kind(), b.year(), rule, rows)));
  }

  private static List<Pages.FindingCount> findings(ScorecardView.Row row) {
    List<Pages.FindingCount> out = new ArrayList<>();
    for (org.caseflow.store.Provenance.Finding f : row.entry().quality().importFindings()) {
      out.add(new Pages.FindingCount(f.code(), f.severity(), f.field(), f.example(), f.count()));
    }
    return out;
  }

  private void exceptions(Context ctx) {
    Session s = session(ctx);
    ReportingPeriod p = period(ctx);
    ScorecardView v = view(p);
    html(ctx, Html.page("Exception lists " + p.label(), s, Pages.exceptions(v, periods(), s)));
  }

  /** A child list: POST, so no list or child identifier appears in a URL. */
  private void children(Context ctx) throws SQLException {
    Session s = session(ctx);
    ReportingPeriod p = period(ctx);
    String list = Optional.ofNullable(ctx.formParam("list")).orElse("");
    Indicator indicator;
    ExceptionList exception = null;
    String subject;
    if (list.startsWith("indicator:")) {
      indicator =
          catalogue
              .find(list.substring(10))
              .orElseThrow(() -> Halt.status(404, "There is no indicator with that id."));
      subject = indicator.id() + " " + p.label();
    } else if (list.startsWith("exception:")) {
      exception =
          ExceptionList.bySlug(list.substring(10))
              .orElseThrow(() -> Halt.status(404, "There is no such exception list."));
      indicator = catalogue.find(exception.indicator()).orElseThrow();
      subject = exception.slug() + " " + p.label();
    } else {
      throw Halt.status(400, "Choose a list: an indicator's children or an exception list.");
    }
    AuditLog audit = new AuditLog(db.store(), options.clock());
    if (!s.role().seesChildren()) {
      db.with(
          st -> {
            audit.record(s.user(), "refused children", la, subject, 0);
            return null;
          });
      LOG.warn("refused a child list to a {} account", s.role().word());
      throw Halt.status(403, "Councillors see aggregate figures only, not lists of children.");
    }
    ExceptionList ex = exception;
    List<Member> members =
        db.with(
            st -> {
              List<Member> all = new Measurer(st, population).members(indicator, la, p);
              List<Member> shown = ex == null ? all : ex.select(all, p);
              audit.record(
                  s.user(),
                  "children",
                  la,
                  subject,
                  (int) shown.stream().map(Member::childId).distinct().count());
              return shown;
            });
    String title = ex == null ? indicator.id() + " " + indicator.name() : ex.title();
    html(
        ctx,
        Html.page("Children: " + title, s, Pages.children(title, indicator, ex, p, members, s)));
  }

  // ---------------------------------------------------------------- actions

  private void actions(Context ctx) throws SQLException {
    // Actions are free text that staff write about cases: they may name a child, so they are
    // for the roles that may see children, never for councillors.
    Session s = require(ctx, Role.ADMIN, Role.ANALYST, Role.MANAGER);
    List<Actions.Action> list = db.with(st -> new Actions(st, options.clock()).list(la));
    html(
        ctx,
        Html.page(
            "Actions",
            s,
            Pages.actions(list, LocalDate.now(options.clock()), s, ctx.queryParam("raised_from"))));
  }

  private void raiseAction(Context ctx) throws SQLException {
    Session s = require(ctx, Role.ADMIN, Role.ANALYST, Role.MANAGER);
    String title = field(ctx, "title", 300);
    String owner = field(ctx, "owner", 100);
    String from = Optional.ofNullable(ctx.formParam("raised_from")).orElse("").strip();
    if (from.length() > 200) {
      from = from.substring(0, 200);
    }
    LocalDate due;
    try {
      due = LocalDate.parse(field(ctx, "due", 10));
    } catch (java.time.format.DateTimeParseException e) {
      throw Halt.status(400, "The due date must be a date, e.g. 2026-01-31.");
    }
    String raisedFrom = from.isEmpty() ? "the clinic" : from;
    long id =
        db.with(
            st ->
                new Actions(st, options.clock())
                    .raise(la, title, raisedFrom, owner, due, s.user()));
    throw Halt.redirect("/actions/" + id);
  }

  private static String field(Context ctx, String name, int max) {
    String v = Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    if (v.isEmpty()) {
      throw Halt.status(400, "The field '" + name + "' is required.");
    }
    if (v.length() > max) {
      throw Halt.status(400, "The field '" + name + "' is longer than " + max + " characters.");
    }
    return v;
  }

  private long actionId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Halt.status(404, "There is no such action.");
    }
  }

  private void action(Context ctx) throws SQLException {
    // Actions are free text that staff write about cases: they may name a child, so they are
    // for the roles that may see children, never for councillors.
    Session s = require(ctx, Role.ADMIN, Role.ANALYST, Role.MANAGER);
    long id = actionId(ctx);
    Actions actions = new Actions(db.store(), options.clock());
    Actions.Action a =
        db.with(st -> actions.find(id))
            .filter(x -> x.la().equals(la))
            .orElseThrow(() -> Halt.status(404, "There is no such action."));
    List<Actions.Update> updates = db.with(st -> actions.updates(id));
    html(
        ctx,
        Html.page("Action " + id, s, Pages.action(a, updates, LocalDate.now(options.clock()), s)));
  }

  private void updateAction(Context ctx) throws SQLException {
    Session s = require(ctx, Role.ADMIN, Role.ANALYST, Role.MANAGER);
    long id = actionId(ctx);
    Actions actions = new Actions(db.store(), options.clock());
    if (db.with(st -> actions.find(id)).filter(x -> x.la().equals(la)).isEmpty()) {
      throw Halt.status(404, "There is no such action.");
    }
    Actions.Status status;
    try {
      status = Actions.Status.parse(ctx.formParam("status"));
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "The status must be open, in progress, done or dropped.");
    }
    String note = field(ctx, "note", 2000);
    db.with(
        st -> {
          actions.update(id, s.user(), status, note);
          return null;
        });
    throw Halt.redirect("/actions/" + id);
  }

  // ---------------------------------------------------------------- imports, audit, reports

  private void imports(Context ctx) throws SQLException {
    Session s = require(ctx, Role.ADMIN, Role.ANALYST);
    Pages.Provenance prov = db.with(this::provenance);
    html(ctx, Html.page("Imports", s, Pages.imports(prov, null, null, s)));
  }

  private Pages.Provenance provenance(Store st) throws SQLException {
    List<List<String>> batches = new ArrayList<>();
    try (PreparedStatement ps =
        st.connection()
            .prepareStatement(
                "SELECT b.batch_id, b.return_kind, b.collection_year, b.imported_at,"
                    + " string_agg(f.file_name, ', '), sum(f.bytes)"
                    + " FROM import_batch b LEFT JOIN import_file f ON f.batch_id = b.batch_id"
                    + " WHERE b.la = ?"
                    + " GROUP BY b.batch_id, b.return_kind, b.collection_year, b.imported_at"
                    + " ORDER BY b.batch_id DESC")) {
      ps.setString(1, la);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          batches.add(
              List.of(
                  rs.getString(1),
                  rs.getString(2),
                  new CollectionYear(rs.getInt(3)).label(),
                  String.valueOf(rs.getTimestamp(4).toLocalDateTime()).replace('T', ' '),
                  Optional.ofNullable(rs.getString(5)).orElse(""),
                  Html.number(rs.getDouble(6))));
        }
      }
    }
    List<List<String>> findings = new ArrayList<>();
    try (PreparedStatement ps =
        st.connection()
            .prepareStatement(
                "SELECT c.batch_id, c.code, c.finding_count FROM import_finding_count c"
                    + " JOIN import_batch b ON b.batch_id = c.batch_id WHERE b.la = ?"
                    + " ORDER BY c.batch_id DESC, c.finding_count DESC, c.code")) {
      ps.setString(1, la);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          findings.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return new Pages.Provenance(batches, findings);
  }

  private void upload(Context ctx) throws Exception {
    Session s = require(ctx, Role.ADMIN, Role.ANALYST);
    List<UploadedFile> files = ctx.uploadedFiles("files");
    if (files.isEmpty()) {
      throw Halt.status(400, "Choose one or more files to upload.");
    }
    String yearText = Optional.ofNullable(ctx.formParam("year")).orElse("").strip();
    CollectionYear year = null;
    if (!yearText.isEmpty()) {
      try {
        year =
            ReportingPeriod.parse(yearText).kind() == ReportingPeriod.Kind.FINANCIAL_YEAR
                ? CollectionYear.containing(ReportingPeriod.parse(yearText).end())
                : null;
      } catch (IllegalArgumentException e) {
        year = null;
      }
      if (year == null) {
        throw Halt.status(400, "The collection year must be written like 2024-25.");
      }
    }
    Path dir = Files.createTempDirectory("caseflow-upload");
    try {
      List<Path> paths = new ArrayList<>();
      for (UploadedFile f : files) {
        String name =
            Path.of(f.filename()).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
          name = "upload" + paths.size();
        }
        Path p = dir.resolve(name);
        try (InputStream in = f.content()) {
          Files.copy(in, p);
        }
        paths.add(p);
      }
      CollectionYear y = year;
      ImportReport report;
      try {
        report =
            db.with(
                st -> {
                  try {
                    return new Importer(
                            st,
                            Readers::forFormat,
                            options.clock(),
                            Validator.bundled().asImportStep())
                        .importPaths(paths, new ReadContext(la, y));
                  } catch (ImportException e) {
                    throw new SQLException(e.getMessage(), "IMPORT", e);
                  }
                });
      } catch (SQLException e) {
        if (e.getCause() instanceof ImportException ie) {
          ctx.status(422);
          Pages.Provenance prov = db.with(this::provenance);
          html(ctx, Html.page("Imports", s, Pages.imports(prov, null, ie.getMessage(), s)));
          return;
        }
        throw e;
      }
      LOG.info(
          "import through the dashboard: {} batches, {} rows",
          report.batches().size(),
          report.totalRows());
      invalidate();
      Pages.Provenance prov = db.with(this::provenance);
      html(ctx, Html.page("Imports", s, Pages.imports(prov, report, null, s)));
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void audit(Context ctx) throws SQLException {
    Session s = require(ctx, Role.ADMIN);
    List<AuditLog.Entry> entries = db.with(st -> new AuditLog(st, options.clock()).latest(500));
    html(ctx, Html.page("Audit log", s, Pages.audit(entries)));
  }

  private void auditCsv(Context ctx) throws SQLException {
    require(ctx, Role.ADMIN);
    List<AuditLog.Entry> entries =
        db.with(st -> new AuditLog(st, options.clock()).latest(Integer.MAX_VALUE));
    StringBuilder out = new StringBuilder("viewed_at,actor,action,la,subject,children\r\n");
    for (AuditLog.Entry e : entries) {
      out.append(
              String.join(
                  ",",
                  Csv.cell(e.viewedAt().toString()),
                  Csv.cell(e.actor()),
                  Csv.cell(e.action()),
                  Csv.cell(e.la()),
                  Csv.cell(e.subject()),
                  Csv.cell(Integer.toString(e.children()))))
          .append("\r\n");
    }
    ctx.header("Content-Disposition", "attachment; filename=\"caseflow-audit-log.csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(out.toString());
  }

  /**
   * REPORT DOWNLOAD: the integrator wires the report module here (caseflow-report, built in
   * parallel). Until then the page says what will be offered.
   */
  private void reports(Context ctx) throws SQLException {
    Session s = session(ctx);
    ReportingPeriod p = period(ctx);
    html(ctx, Html.page("Reports", s, Pages.reports(p, periods(), s)));
  }

  /**
   * The committee report for a period, in one format. A councillor always gets the public version;
   * anyone else may ask for it. The report holds no child identifier in either version.
   */
  private void downloadReport(Context ctx) throws Exception {
    Session s = session(ctx);
    ReportingPeriod p = period(ctx);
    String asked = ctx.queryParam("format");
    org.caseflow.report.Format format;
    try {
      format =
          org.caseflow.report.Format.valueOf(
              (asked == null ? "pdf" : asked).strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "The format is not one caseflow writes; expected pdf, docx or html.");
    }
    boolean publicVersion = s.role().suppressed() || "true".equals(ctx.queryParam("public"));
    org.caseflow.report.ReportSpec spec =
        new org.caseflow.report.ReportSpec(
            la,
            p,
            org.caseflow.report.Audience.CLINIC,
            publicVersion,
            options.targets(),
            comparer,
            population,
            List.of());
    org.caseflow.report.Document doc = db.with(st -> org.caseflow.report.Reports.build(st, spec));
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    org.caseflow.report.Reports.write(doc, format, body);
    String name = org.caseflow.report.Reports.baseName(spec) + "." + format.extension();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(
        switch (format) {
          case PDF -> "application/pdf";
          case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
          case HTML -> "text/html; charset=utf-8";
        });
    ctx.result(body.toByteArray());
  }

  /**
   * The exception's kinds and where it was thrown, without any message: messages from the engine or
   * a library may quote values from the data.
   */
  static String withoutMessages(Throwable e) {
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
