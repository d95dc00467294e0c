package org.caseflow.web.reports;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.report.Audience;
import org.caseflow.report.Document;
import org.caseflow.report.Format;
import org.caseflow.report.ReportSpec;
import org.caseflow.report.Reports;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Routes;
import org.caseflow.web.Session;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/**
 * The committee report: the form (period, audience, format), a build in the background with a page
 * that refreshes until it is ready, then the download. A councillor gets only the Cabinet or
 * scrutiny paper (public). {@code /reports/download} builds while the request waits, for scripts.
 */
public final class ReportsPage {
  /**
   * An audience offered.
   *
   * @param value the form value
   * @param words what the option says
   */
  record Choice(String value, String words) {}

  /**
   * The page.
   *
   * @param frame the frame
   * @param period the period chosen
   * @param periods the periods offered
   * @param publicOnly whether the role gets only the public version
   * @param audiences the audiences the role may choose
   */
  record Page(
      Frame frame,
      ReportingPeriod period,
      List<ReportingPeriod> periods,
      boolean publicOnly,
      List<Choice> audiences) {}

  /**
   * A build's status page.
   *
   * @param frame the frame
   * @param id the build's id (random; no child data)
   * @param what what is being built, in words
   * @param done whether it has finished
   * @param failure why it failed, or null
   * @param seconds how long it has taken so far
   * @param fileName the file's name, when done
   */
  record Status(
      Frame frame,
      String id,
      String what,
      boolean done,
      String failure,
      long seconds,
      String fileName) {}

  private final Web web;
  private final Builds builds;

  private ReportsPage(Web web) {
    this.web = web;
    this.builds = new Builds(web.clock());
  }

  /** Adds the reports' routes. */
  public static void routes(Routes r, Web web) {
    ReportsPage p = new ReportsPage(web);
    r.get(Area.REPORTS, "/reports", p::show);
    r.get(Area.REPORTS, "/reports/download", p::download);
    r.post(Area.REPORTS, "/reports/builds", p::build);
    r.get(Area.REPORTS, "/reports/builds/{id}", p::status);
    r.get(Area.REPORTS, "/reports/builds/{id}/file", p::file);
  }

  private static List<Choice> audiences(Session s) {
    return Arrays.stream(Audience.values())
        .filter(a -> !s.role().suppressed() || a.alwaysPublic())
        .sorted((a, b) -> Boolean.compare(a.alwaysPublic(), b.alwaysPublic()))
        .map(
            a ->
                new Choice(
                    a.name().toLowerCase(Locale.ROOT),
                    switch (a) {
                      case CLINIC -> "Performance clinic (the full report)";
                      case CABINET -> "Cabinet (concise, public)";
                      case SCRUTINY -> "Scrutiny committee (concise, public)";
                    }))
        .toList();
  }

  private void show(Context ctx) {
    Session s = Web.session(ctx);
    Views.page(
        ctx,
        "reports/page.jte",
        new Page(
            Web.frame(ctx, "Reports"),
            web.period(ctx),
            web.periods(),
            s.role().suppressed(),
            audiences(s)));
  }

  /** The report asked for by the request (query or form). */
  private ReportSpec spec(Context ctx, Session s) {
    ReportingPeriod p = web.period(ctx);
    web.requireCovered(p);
    String askedAudience = param(ctx, "audience");
    Audience audience;
    try {
      audience =
          askedAudience == null || askedAudience.isBlank()
              ? (s.role().suppressed() ? Audience.CABINET : Audience.CLINIC)
              : Audience.valueOf(askedAudience.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "The audience is clinic, cabinet or scrutiny.");
    }
    if (s.role().suppressed() && !audience.alwaysPublic()) {
      throw Halt.status(
          403, "Councillors receive the Cabinet or scrutiny paper, not the clinic's.");
    }
    boolean publicVersion = s.role().suppressed() || "true".equals(param(ctx, "public"));
    return new ReportSpec(
        web.la(),
        p,
        audience,
        publicVersion,
        web.targets(),
        web.comparer(),
        web.population(),
        List.of());
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v != null ? v : ctx.formParam(name);
  }

  private static Format format(Context ctx) {
    String asked = param(ctx, "format");
    try {
      return Format.valueOf((asked == null ? "pdf" : asked).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "The format is not one caseflow writes; expected pdf, docx or html.");
    }
  }

  private Builds.Build.Result make(ReportSpec spec, Format format) throws Exception {
    Document doc = web.db().with(st -> Reports.build(st, spec));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Reports.write(doc, format, body);
    return new Builds.Build.Result(
        body.toByteArray(),
        Reports.baseName(spec) + "." + format.extension(),
        switch (format) {
          case PDF -> "application/pdf";
          case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
          case HTML -> "text/html; charset=utf-8";
        });
  }

  /**
   * The committee report for a period, in one format, built while the request waits. The report
   * holds no child identifier in either version.
   */
  private void download(Context ctx) throws Exception {
    Session s = Web.session(ctx);
    ReportSpec spec = spec(ctx, s);
    send(ctx, make(spec, format(ctx)));
  }

  private static void send(Context ctx, Builds.Build.Result r) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"");
    ctx.contentType(r.contentType());
    ctx.result(r.body());
  }

  /** Starts a build (or finds the user's running one) and goes to its status page. */
  private void build(Context ctx) {
    Session s = Web.session(ctx);
    ReportSpec spec = spec(ctx, s);
    Format format = format(ctx);
    String what =
        "The "
            + spec.audience().words()
            + " report for "
            + spec.period().label()
            + (spec.publicVersion() ? " (public)" : "")
            + ", "
            + format.extension().toUpperCase(Locale.ROOT);
    Builds.Build b;
    try {
      b = builds.start(s.user(), what, () -> make(spec, format));
    } catch (RejectedExecutionException e) {
      throw Halt.status(503, "Too many reports are being built; try again in a minute.");
    }
    ctx.status(303);
    ctx.header("Location", "/reports/builds/" + b.id);
  }

  private Builds.Build found(Context ctx) {
    return builds
        .find(Web.session(ctx).user(), ctx.pathParam("id"))
        .orElseThrow(
            () -> Halt.status(404, "There is no such report build (it may have expired)."));
  }

  private void status(Context ctx) {
    Builds.Build b = found(ctx);
    long seconds =
        Duration.between(b.started, b.done() ? b.finished : web.clock().instant()).toSeconds();
    Builds.Build.Result r = b.result;
    Views.page(
        ctx,
        "reports/status.jte",
        new Status(
            Web.frame(ctx, "Report " + (b.done() ? "ready" : "building")),
            b.id,
            b.what,
            b.done(),
            b.failure,
            seconds,
            r == null ? null : r.fileName()));
  }

  private void file(Context ctx) {
    Builds.Build b = found(ctx);
    if (b.result == null) {
      throw Halt.status(409, "The report is not ready yet.");
    }
    send(ctx, b.result);
  }
}
