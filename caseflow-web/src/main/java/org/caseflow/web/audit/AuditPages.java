package org.caseflow.web.audit;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;
import org.caseflow.store.AuditLog;
import org.caseflow.web.Area;
import org.caseflow.web.Csv;
import org.caseflow.web.Frame;
import org.caseflow.web.Routes;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/** The audit log, read only: on screen (the latest entries) and whole as CSV. */
public final class AuditPages {
  /**
   * The page.
   *
   * @param frame the frame
   * @param entries the latest entries, newest first
   */
  record Page(Frame frame, List<AuditLog.Entry> entries) {
    static String when(AuditLog.Entry e) {
      return e.viewedAt().toString().replace('T', ' ');
    }
  }

  private final Web web;

  private AuditPages(Web web) {
    this.web = web;
  }

  /** Adds the audit log's routes: reads only, so nothing here can change the log. */
  public static void routes(Routes r, Web web) {
    AuditPages a = new AuditPages(web);
    r.get(Area.AUDIT, "/audit", a::show);
    r.get(Area.AUDIT, "/audit.csv", a::csv);
  }

  private void show(Context ctx) throws SQLException {
    List<AuditLog.Entry> entries = web.db().with(st -> web.audit().latest(500));
    Views.page(ctx, "audit/page.jte", new Page(Web.frame(ctx, "Audit log"), entries));
  }

  private void csv(Context ctx) throws SQLException {
    List<AuditLog.Entry> entries = web.db().with(st -> web.audit().latest(Integer.MAX_VALUE));
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
}
