package org.caseflow.web;

import static org.caseflow.web.Html.esc;

import java.util.List;
import java.util.Locale;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.validate.DataQuality;
import org.caseflow.validate.ValidationFinding;

/** The Data quality page: the DfE's rules failed in each loaded return, and the rows behind one. */
final class DataQualityPages {
  private DataQualityPages() {}

  static String summary(DataQuality.Summary summary, Session session) {
    StringBuilder s =
        new StringBuilder("<h1>Data quality</h1><p>The DfE's validation rules, run on each")
            .append(" return when it was imported (the latest import of each year). An error")
            .append(" must be fixed before the return is submitted; a query must be fixed or")
            .append(" explained. The rows behind a rule name children: opening them is recorded")
            .append(" in the audit log.</p>");
    if (summary.batches().isEmpty()) {
      return s.append("<p>No validated CIN census or SSDA903 return is loaded.</p>").toString();
    }
    for (ReturnKind kind : List.of(ReturnKind.CIN_CENSUS, ReturnKind.SSDA903)) {
      List<DataQuality.Batch> batches = summary.batches(kind);
      if (batches.isEmpty()) {
        continue;
      }
      s.append("<h2>").append(esc(kind.label())).append("</h2>");
      s.append("<table><caption>")
          .append(esc(kind.label()))
          .append(": rows failing each rule, by collection year</caption><thead><tr>")
          .append("<th scope=\"col\">Rule</th><th scope=\"col\">Severity</th>")
          .append("<th scope=\"col\">Table</th><th scope=\"col\">Message</th>");
      for (DataQuality.Batch b : batches) {
        s.append("<th scope=\"col\" class=\"num\">").append(esc(b.year().label())).append("</th>");
      }
      s.append("</tr></thead><tbody>");
      s.append("<tr><th scope=\"row\" colspan=\"4\">All errors</th>");
      for (DataQuality.Batch b : batches) {
        s.append("<td class=\"num\">").append(count(b.errors())).append("</td>");
      }
      s.append("</tr><tr><th scope=\"row\" colspan=\"4\">All queries</th>");
      for (DataQuality.Batch b : batches) {
        s.append("<td class=\"num\">").append(count(b.queries())).append("</td>");
      }
      s.append("</tr>");
      for (DataQuality.RuleTrend r : summary.rules(kind)) {
        s.append("<tr><th scope=\"row\">")
            .append(esc(r.rule()))
            .append("</th><td>")
            .append(esc(r.severity().word()))
            .append("</td><td>")
            .append(esc(r.table()))
            .append("</td><td>")
            .append(esc(r.message()))
            .append("</td>");
        for (DataQuality.Batch b : batches) {
          Integer n = r.rowsByYear().get(b.year());
          s.append("<td class=\"num\">");
          if (n == null) {
            s.append("0");
          } else {
            s.append("<form method=\"post\" action=\"/data-quality/rows\" class=\"inline\">")
                .append(Html.csrf(session))
                .append("<input type=\"hidden\" name=\"batch\" value=\"")
                .append(b.batchId())
                .append("\"><input type=\"hidden\" name=\"rule\" value=\"")
                .append(esc(r.rule()))
                .append("\"><button type=\"submit\" class=\"link\" aria-label=\"")
                .append(esc("Rows failing rule " + r.rule() + " in " + b.year().label()))
                .append("\">")
                .append(count(n))
                .append("</button></form>");
          }
          s.append("</td>");
        }
        s.append("</tr>");
      }
      s.append("</tbody></table>");
    }
    return s.toString();
  }

  static String rows(
      ReturnKind kind, CollectionYear year, String rule, List<ValidationFinding> rows) {
    StringBuilder s =
        new StringBuilder("<h1>Rule ")
            .append(esc(rule))
            .append(": ")
            .append(esc(kind.label()))
            .append(" ")
            .append(esc(year.label()))
            .append("</h1>");
    if (rows.isEmpty()) {
      return s.append("<p>No row of this return fails the rule.</p>").toString();
    }
    ValidationFinding first = rows.get(0);
    s.append("<p>")
        .append(esc(first.message()))
        .append(" (")
        .append(esc(first.severity().word()))
        .append(")</p><table><caption>")
        .append(count(rows.size()))
        .append(" rows in ")
        .append(count((int) rows.stream().map(ValidationFinding::childId).distinct().count()))
        .append(" children</caption><thead><tr><th scope=\"col\">Child</th>")
        .append("<th scope=\"col\">Where</th>");
    for (String f : first.fields()) {
      s.append("<th scope=\"col\">").append(esc(f)).append("</th>");
    }
    s.append("</tr></thead><tbody>");
    for (ValidationFinding f : rows) {
      s.append("<tr><td>")
          .append(esc(f.childId() == null ? "(the whole return)" : f.childId()))
          .append("</td><td>")
          .append(esc(f.location()))
          .append("</td>");
      for (int i = 0; i < f.fields().size(); i++) {
        String v = i < f.values().size() ? f.values().get(i) : null;
        s.append("<td>").append(esc(v == null ? "" : v)).append("</td>");
      }
      s.append("</tr>");
    }
    return s.append("</tbody></table><p><a href=\"/data-quality\">Back to data quality</a></p>")
        .toString();
  }

  /** The DfE validation errors in the tables an indicator reads, for its page. */
  static String affecting(List<DataQuality.TableErrors> errors, boolean suppressed) {
    StringBuilder s = new StringBuilder("<h2>Validation errors that may affect this figure</h2>");
    if (errors.isEmpty()) {
      return s.append("<p>None in the tables this indicator reads.</p>").toString();
    }
    s.append("<ul>");
    for (DataQuality.TableErrors e : errors) {
      s.append("<li>")
          .append(esc(Suppress.count((double) e.errors(), suppressed)))
          .append(e.errors() == 1 ? " error" : " errors")
          .append(" in ")
          .append(esc(e.kind().label()))
          .append(" ")
          .append(esc(e.table()))
          .append(" (rules ")
          .append(esc(String.join(", ", e.rules())))
          .append(")</li>");
    }
    return s.append("</ul>").toString();
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
