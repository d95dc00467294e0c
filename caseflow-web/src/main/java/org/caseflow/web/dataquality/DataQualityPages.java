package org.caseflow.web.dataquality;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.validate.DataQuality;
import org.caseflow.validate.ValidationFinding;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Routes;
import org.caseflow.web.Session;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/** The Data quality page: the DfE's rules failed in each loaded return, and the rows behind one. */
public final class DataQualityPages {
  /**
   * One return's table of rules.
   *
   * @param kind the return
   * @param batches its validated batches, one per year
   * @param rules the rules failed in any of them
   */
  record Section(
      ReturnKind kind, List<DataQuality.Batch> batches, List<DataQuality.RuleTrend> rules) {}

  /**
   * The summary page.
   *
   * @param frame the frame
   * @param sections one per return kind with a validated batch
   * @param empty whether no validated return is loaded
   */
  record SummaryPage(Frame frame, List<Section> sections, boolean empty) {}

  /**
   * The rows failing a rule.
   *
   * @param frame the frame
   * @param kind the return
   * @param year its year
   * @param rule the rule
   * @param rows the rows
   */
  record RowsPage(
      Frame frame,
      ReturnKind kind,
      CollectionYear year,
      String rule,
      List<ValidationFinding> rows) {
    long children() {
      return rows.stream().map(ValidationFinding::childId).distinct().count();
    }

    /** The value of a row's field, blank when it has none. */
    static String value(ValidationFinding f, int i) {
      String v = i < f.values().size() ? f.values().get(i) : null;
      return v == null ? "" : v;
    }
  }

  private final Web web;

  private DataQualityPages(Web web) {
    this.web = web;
  }

  /** Adds the data quality routes. */
  public static void routes(Routes r, Web web) {
    DataQualityPages d = new DataQualityPages(web);
    r.get(Area.DATA_QUALITY, "/data-quality", d::summary);
    r.post(Area.DATA_QUALITY, "/data-quality/rows", d::rows);
  }

  private void summary(Context ctx) throws SQLException {
    DataQuality.Summary summary =
        web.db().with(st -> DataQuality.summary(st.connection(), web.la()));
    List<Section> sections = new ArrayList<>();
    for (ReturnKind kind : List.of(ReturnKind.CIN_CENSUS, ReturnKind.SSDA903)) {
      List<DataQuality.Batch> batches = summary.batches(kind);
      if (!batches.isEmpty()) {
        sections.add(new Section(kind, batches, summary.rules(kind)));
      }
    }
    Views.page(
        ctx,
        "dataquality/summary.jte",
        new SummaryPage(Web.frame(ctx, "Data quality"), sections, summary.batches().isEmpty()));
  }

  private void rows(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    long batch;
    try {
      batch = Long.parseLong(Optional.ofNullable(ctx.formParam("batch")).orElse(""));
    } catch (NumberFormatException e) {
      throw Halt.status(400, "Choose a rule of a loaded return.");
    }
    String rule = Optional.ofNullable(ctx.formParam("rule")).orElse("");
    DataQuality.Batch b =
        web.db().with(st -> DataQuality.batches(st.connection(), web.la())).stream()
            .filter(x -> x.batchId() == batch)
            .findFirst()
            .orElseThrow(() -> Halt.status(404, "There is no such validated return."));
    List<ValidationFinding> rows =
        web.db()
            .with(
                st -> {
                  List<ValidationFinding> found = DataQuality.rows(st.connection(), batch, rule);
                  web.audit()
                      .record(
                          s.user(),
                          "validation rows",
                          web.la(),
                          b.kind().label() + " " + b.year().label() + " rule " + rule,
                          (int) found.stream().map(ValidationFinding::childId).distinct().count());
                  return found;
                });
    Views.page(
        ctx,
        "dataquality/rows.jte",
        new RowsPage(Web.frame(ctx, "Rule " + rule), b.kind(), b.year(), rule, rows));
  }
}
