package org.caseflow.web.reports;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
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

/** The committee report: the download form, and the report for a period in one format. */
public final class ReportsPage {
  /**
   * The page.
   *
   * @param frame the frame
   * @param period the period chosen
   * @param periods the periods offered
   * @param publicOnly whether the role gets only the public version
   */
  record Page(
      Frame frame, ReportingPeriod period, List<ReportingPeriod> periods, boolean publicOnly) {}

  private final Web web;

  private ReportsPage(Web web) {
    this.web = web;
  }

  /** Adds the reports' routes. */
  public static void routes(Routes r, Web web) {
    ReportsPage p = new ReportsPage(web);
    r.get(Area.REPORTS, "/reports", p::show);
    r.get(Area.REPORTS, "/reports/download", p::download);
  }

  private void show(Context ctx) {
    Session s = Web.session(ctx);
    Views.page(
        ctx,
        "reports/page.jte",
        new Page(Web.frame(ctx, "Reports"), web.period(ctx), web.periods(), s.role().suppressed()));
  }

  /**
   * The committee report for a period, in one format. A councillor always gets the public version;
   * anyone else may ask for it. The report holds no child identifier in either version.
   */
  private void download(Context ctx) throws Exception {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    web.requireCovered(p);
    String asked = ctx.queryParam("format");
    Format format;
    try {
      format = Format.valueOf((asked == null ? "pdf" : asked).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "The format is not one caseflow writes; expected pdf, docx or html.");
    }
    boolean publicVersion = s.role().suppressed() || "true".equals(ctx.queryParam("public"));
    ReportSpec spec =
        new ReportSpec(
            web.la(),
            p,
            Audience.CLINIC,
            publicVersion,
            web.targets(),
            web.comparer(),
            web.population(),
            List.of());
    Document doc = web.db().with(st -> Reports.build(st, spec));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Reports.write(doc, format, body);
    String name = Reports.baseName(spec) + "." + format.extension();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(
        switch (format) {
          case PDF -> "application/pdf";
          case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
          case HTML -> "text/html; charset=utf-8";
        });
    ctx.result(body.toByteArray());
  }
}
