package org.caseflow.validate;

import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;

/** Renders the bundled rules as {@code docs/validation.md}, from the rule files themselves. */
public final class RulesMarkdown {
  private RulesMarkdown() {}

  /** The whole document. */
  public static String render() {
    StringBuilder s = new StringBuilder();
    s.append("# Validation rules\n\n")
        .append("<!-- Generated from caseflow-validate/src/main/resources/org/caseflow/validate/")
        .append("rules by RulesMarkdownTest; do not edit by hand. -->\n\n")
        .append("caseflow checks each return with the DfE's validation rules for its collection")
        .append(" year: one rule per DfE code, each one SQL file that declares its code,")
        .append(" severity, tables, fields and the DfE's message beside its query. An error")
        .append(" must be fixed before the return is submitted; a query must be fixed or")
        .append(" explained. Where the DfE's message leaves the logic open, the rule's reading")
        .append(" says how caseflow decides. A rule whose tables the return does not hold (or,")
        .append(" for a rule comparing with last year, when last year's return is not loaded) is")
        .append(" skipped and says why. See [NEW_RULE.md](NEW_RULE.md) to add one.\n\n")
        .append("Beside the DfE's rules, each return has caseflow's own checks (codes CF-...):")
        .append(" the problems its reader found while reading the files, such as a code not in")
        .append(" its list or a value that could not be read, reported by the same engine with")
        .append(" the same severities (a reader's warning is a query). They apply to every")
        .append(" year and are listed after the DfE's rules.\n");
    for (ReturnKind kind : RuleSet.returns()) {
      List<CollectionYear> years = RuleSet.years(kind);
      if (years.isEmpty()) {
        continue;
      }
      CollectionYear latest = years.get(years.size() - 1);
      RuleSet set = RuleSet.forYear(kind, latest).orElseThrow();
      List<Rule> dfe = set.dfeRules();
      s.append("\n## ")
          .append(kind.label())
          .append("\n\n")
          .append(dfe.size())
          .append(" rules in ")
          .append(latest.label())
          .append(" (")
          .append(dfe.stream().filter(r -> r.severity() == Severity.ERROR).count())
          .append(" errors, ")
          .append(dfe.stream().filter(r -> r.severity() == Severity.QUERY).count())
          .append(" queries). Rule sets: ");
      for (int i = 0; i < years.size(); i++) {
        CollectionYear y = years.get(i);
        s.append(i == 0 ? "" : ", ")
            .append(y.label())
            .append(" (")
            .append(RuleSet.forYear(kind, y).orElseThrow().dfeRules().size())
            .append(")");
      }
      s.append(".\n\n| code | severity | from | tables | fields | message | caseflow's reading |\n")
          .append("|---|---|---|---|---|---|---|\n");
      for (Rule r : dfe) {
        s.append("| ")
            .append(r.code())
            .append(" | ")
            .append(r.severity().word())
            .append(" | ")
            .append(new CollectionYear(r.since()).label())
            .append(" | ")
            .append(cell(String.join(", ", r.tables())))
            .append(" | ")
            .append(cell(String.join(", ", r.fields())))
            .append(" | ")
            .append(cell(r.message()))
            .append(" | ")
            .append(cell(readingOf(r)))
            .append(" |\n");
      }
      List<Rule> checks = set.caseflowChecks();
      if (!checks.isEmpty()) {
        s.append("\n### caseflow's own checks: ")
            .append(kind.label())
            .append("\n\n")
            .append(checks.size())
            .append(" checks of what the reader found, in every year. The location is where in")
            .append(" the file.\n\n| code | severity | fields | message | caseflow's reading |\n")
            .append("|---|---|---|---|---|\n");
        for (Rule r : checks) {
          s.append("| ")
              .append(r.code())
              .append(" | ")
              .append(r.severity().word())
              .append(" | ")
              .append(cell(String.join(", ", r.fields())))
              .append(" | ")
              .append(cell(r.message()))
              .append(" | ")
              .append(cell(r.reading()))
              .append(" |\n");
        }
      }
    }
    return s.toString();
  }

  private static String readingOf(Rule r) {
    String after =
        r.after().isEmpty()
            ? ""
            : "Stage 2: after " + String.join(", ", r.after().stream().sorted().toList()) + ". ";
    return after + r.reading();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
