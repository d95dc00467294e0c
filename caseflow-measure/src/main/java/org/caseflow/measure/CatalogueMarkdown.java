package org.caseflow.measure;

import java.util.Locale;

/** Renders the catalogue as {@code docs/indicators.md}, from the definitions themselves. */
public final class CatalogueMarkdown {
  private CatalogueMarkdown() {}

  /** The whole document. */
  public static String render(Catalogue catalogue) {
    StringBuilder s = new StringBuilder();
    s.append("# Indicator catalogue\n\n")
        .append("<!-- Generated from caseflow-measure/src/main/resources/org/caseflow/measure/")
        .append("indicators by CatalogueMarkdownTest; do not edit by hand. -->\n\n")
        .append("Each indicator is one SQL file over the canonical schema (see")
        .append(" [schema.md](schema.md)) with this header. Only a 1 April to 31 March run is")
        .append(" strictly comparable with DfE statistics. Rates per 10,000 use the ONS")
        .append(" mid-year estimate of children aged 0 to 17 for the year before the one in")
        .append(" which the collection year ends. Working days exclude weekends and England and")
        .append(" Wales bank holidays, counted after the start date up to and including the")
        .append(" end date.\n\n")
        .append("| id | name | unit | polarity | period | source | LAIT |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Indicator i : catalogue.all()) {
      s.append("| [")
          .append(i.id())
          .append("](#")
          .append(i.id().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(i.name())
          .append(" | ")
          .append(word(i.unit().name()))
          .append(" | ")
          .append(word(i.polarity().name()))
          .append(" | ")
          .append(word(i.periodType().name()))
          .append(" | ")
          .append(i.source())
          .append(" | ")
          .append(i.laitCode().replace("|", "\\|"))
          .append(" |\n");
    }
    for (Stage stage : Stage.values()) {
      s.append("\n## ").append(word(stage.name())).append('\n');
      for (Indicator i : catalogue.all()) {
        if (i.stage() != stage) {
          continue;
        }
        s.append("\n### ").append(i.id()).append("\n\n**").append(i.name()).append("**\n\n");
        s.append(i.definition()).append("\n\n");
        if (!i.isSupported()) {
          s.append("> Not measured: ").append(i.unsupported()).append("\n\n");
        }
        s.append("- Numerator: ").append(i.numerator()).append('\n');
        s.append("- Denominator: ").append(i.denominator()).append('\n');
        s.append("- Unit: ").append(word(i.unit().name())).append("; polarity: ");
        s.append(word(i.polarity().name())).append("; period: ");
        s.append(word(i.periodType().name())).append('\n');
        s.append("- Counts: ").append(i.subject().plural());
        if (i.weight().isWeighted()) {
          s.append("; weighted by ").append(i.weight());
        }
        if (i.hasBreakdown()) {
          s.append("; breakdown by ").append(i.breakdown());
          if (!i.breaksDown().isEmpty()) {
            s.append(" (of ").append(i.breaksDown()).append(')');
          }
          if (i.kind() == Kind.VALUE_WITH_BREAKDOWN) {
            s.append(", shown beside the value");
          }
        }
        s.append('\n');
        s.append("- Source: ").append(i.source()).append("; needs: ");
        s.append(
                String.join(
                    ", ", i.requiresAnyOf().stream().map(g -> String.join(" or ", g)).toList()))
            .append("; LAIT: ")
            .append(i.laitCode());
        s.append('\n');
      }
    }
    return s.toString();
  }

  private static String word(String constant) {
    String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return w.replace("rate per 10k", "rate per 10,000").replace("none", "contextual");
  }
}
