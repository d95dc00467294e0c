package org.caseflow.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.LoadedReturns;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Population;
import org.caseflow.store.AuditLog;

/**
 * What every feature of the dashboard shares: the store (one request at a time), the council, the
 * clock, the catalogue and comparisons, and the scorecards computed so far (cached until the next
 * import).
 */
public final class Web {
  private final Db db;
  private final String la;
  private final Clock clock;
  private final Targets targets;
  private final boolean secureCookies;
  private final Catalogue catalogue = Catalogue.load();
  private final Comparer comparer = Comparer.bundled();
  private final Population population = Population.bundled();

  /** The scorecards computed, the least recently used first (guarded by itself). */
  private final Map<String, CompletableFuture<ScorecardView>> views;

  private final AtomicReference<List<ReportingPeriod>> periods = new AtomicReference<>();
  private final AtomicReference<LoadedReturns> loaded = new AtomicReference<>();

  Web(Db db, String la, Clock clock, Targets targets, boolean secureCookies, int cachedPeriods) {
    this.db = db;
    this.la = la;
    this.clock = clock;
    this.targets = targets;
    this.secureCookies = secureCookies;
    this.views =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(
              Map.Entry<String, CompletableFuture<ScorecardView>> e) {
            return size() > cachedPeriods;
          }
        };
  }

  public Db db() {
    return db;
  }

  /** The council shown. */
  public String la() {
    return la;
  }

  public Clock clock() {
    return clock;
  }

  public Targets targets() {
    return targets;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Comparer comparer() {
    return comparer;
  }

  public Population population() {
    return population;
  }

  /** The audit log, on the connection of the work running on this thread ({@link Db#with}). */
  public AuditLog audit() {
    return new AuditLog(db.store(), clock);
  }

  /** The signed-in session of the request (the guard has checked there is one). */
  public static Session session(Context ctx) {
    return ctx.attribute("session");
  }

  /** The frame of a page for the request. */
  public static Frame frame(Context ctx, String title) {
    return new Frame(title, session(ctx));
  }

  /** A required form field, stripped, at most {@code max} characters. */
  public static String field(Context ctx, String name, int max) {
    String v = Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    if (v.isEmpty()) {
      throw Halt.status(400, "The field '" + name + "' is required.");
    }
    if (v.length() > max) {
      throw Halt.status(400, "The field '" + name + "' is longer than " + max + " characters.");
    }
    return v;
  }

  /** A Set-Cookie value: HttpOnly, SameSite=Strict, and Secure when served behind TLS. */
  public String cookie(String name, String value, String path, long maxAge) {
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
    if (secureCookies) {
      c.append("; Secure");
    }
    return c.toString();
  }

  // ---------------------------------------------------------------- periods and figures

  /**
   * The periods offered: every loaded collection year (latest first), then their quarters, months
   * and rolling 12 months, as {@link org.caseflow.compare.LoadedReturns#periodsOffered} decides.
   */
  public List<ReportingPeriod> periods() {
    List<ReportingPeriod> p = periods.get();
    if (p != null) {
      return p;
    }
    try {
      List<ReportingPeriod> found =
          db.with(
              st -> org.caseflow.compare.LoadedReturns.of(st.connection(), la).periodsOffered());
      periods.set(found);
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The council's name from the published list ("Stockton-on-Tees"), or "council 808". */
  public String laName() {
    return comparer
        .published()
        .area(la)
        .map(org.caseflow.compare.Published.Area::name)
        .orElse("council " + la);
  }

  /** The latest period offered. */
  public ReportingPeriod defaultPeriod() {
    List<ReportingPeriod> p = periods();
    if (p.isEmpty()) {
      throw Halt.status(404, "No returns have been imported for council " + la + " yet.");
    }
    return p.get(0);
  }

  /** The period the request asks for (query or form), else the latest. */
  public ReportingPeriod period(Context ctx) {
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
          400,
          "The period is not one caseflow reads; expected "
              + ReportingPeriod.FORMS
              + ". Loaded for council "
              + la
              + ": "
              + loaded().describe()
              + ".");
    }
  }

  /** The returns loaded for the council (read once, until the next import). */
  public LoadedReturns loaded() {
    LoadedReturns l = loaded.get();
    if (l != null) {
      return l;
    }
    try {
      l = db.with(st -> LoadedReturns.of(st.connection(), la));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    loaded.set(l);
    return l;
  }

  /**
   * The scorecard for a period, computed once (by whichever request asks first) and kept while it
   * is among the most recently used. A period no loaded return overlaps is refused (404) at once,
   * naming what is loaded, without measuring anything.
   */
  public ScorecardView view(ReportingPeriod p) {
    requireCovered(p);
    String key = p.start() + "/" + p.end() + "/" + p.kind();
    CompletableFuture<ScorecardView> f;
    synchronized (views) {
      f =
          views.computeIfAbsent(
              key,
              k ->
                  CompletableFuture.supplyAsync(
                      () -> {
                        try {
                          return db.with(
                              st ->
                                  ScorecardView.compute(
                                      st, catalogue, comparer, targets, population, la, p));
                        } catch (SQLException e) {
                          throw new CompletionException(e);
                        }
                      }));
    }
    try {
      return f.join();
    } catch (CompletionException e) {
      synchronized (views) {
        views.remove(key, f);
      }
      throw e;
    }
  }

  /**
   * Refuses (404) a period no loaded return overlaps, naming what is loaded: before anything is
   * measured, and without the store once the returns loaded have been read.
   */
  public void requireCovered(ReportingPeriod p) {
    LoadedReturns l = loaded();
    if (!l.anyOverlapping(p)) {
      throw Halt.status(
          404,
          "No return loaded for council "
              + la
              + " covers "
              + p.label()
              + ". Loaded: "
              + l.describe()
              + ".");
    }
  }

  /** How many periods' scorecards are kept now. */
  int cachedPeriods() {
    synchronized (views) {
      return views.size();
    }
  }

  /** Forgets computed scorecards, periods and the returns loaded (after an import). */
  public void invalidate() {
    synchronized (views) {
      views.clear();
    }
    periods.set(null);
    loaded.set(null);
  }
}
