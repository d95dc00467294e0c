package org.caseflow.domain.schema;

/** Renders the canonical schema as Markdown for {@code docs/schema.md}, so docs cannot drift. */
public final class SchemaMarkdown {
  private SchemaMarkdown() {}

  /** The whole schema document. */
  public static String render() {
    StringBuilder s = new StringBuilder();
    s.append("# The canonical schema\n\n")
        .append("<!-- Generated from org.caseflow.domain.schema.Table by SchemaMarkdownTest;")
        .append(" do not edit by hand. -->\n\n")
        .append("Every return is normalised into these tables. Besides the columns listed, every")
        .append(" row carries `la` (the council's 3-digit DfE code), `batch_id` (the import")
        .append(" batch it came from, see `import_batch` and `import_file`), `collection_year`")
        .append(" (the year of that batch, named by its end: 2025 is 2024-25) and `is_current`")
        .append(" (false once a later return supersedes it, and for an event dated after its")
        .append(" return's reference date: the referral, assessment, plan, enquiry, review or")
        .append(" episode is kept, recorded as an `event_not_counted` finding, and counted in no")
        .append(" figure).\n\n")
        .append("How a later return supersedes an earlier one:\n\n")
        .append("- **span**: a row is superseded when its end date is missing or on or after")
        .append(" the start of a later return's year (the later return holds everything open")
        .append(" in its year); rows that ended earlier stay as history. An episode open")
        .append(" across a year end is therefore one episode, in its latest version.\n")
        .append("- **per child**: the latest return that holds the child wins.\n")
        .append("- **year**: an annual cohort (OC2, OC3, AD1), replaced only by a")
        .append(" resubmission of the same year.\n")
        .append("- **CIN episode**: follows the CIN episode it belongs to.\n")
        .append("- **per key**: a later batch holding the same key (e.g. the same month of a")
        .append(" caseload extract) wins.\n\n")
        .append("A resubmission of the same collection year supersedes the earlier import of")
        .append(" that year entirely.\n\n");
    for (ReturnKind kind : ReturnKind.values()) {
      s.append("## ").append(kind.label()).append("\n\n");
      for (Table t : Table.values()) {
        if (t.kind() != kind) {
          continue;
        }
        s.append("### `").append(t.sqlName()).append("`\n\n").append(t.description());
        Supersede r = t.supersede();
        s.append(" Supersede rule: ")
            .append(r.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .append(r.column() == null ? "" : " on `" + r.column() + "`")
            .append(".\n\n");
        s.append("| column | type | source field | meaning |\n|---|---|---|---|\n");
        for (Column c : t.columns()) {
          s.append("| `")
              .append(c.name())
              .append("` | ")
              .append(c.type().name().toLowerCase(java.util.Locale.ROOT))
              .append(" | ")
              .append(c.source().replace("|", "\\|"))
              .append(" | ")
              .append(c.description().replace("|", "\\|"))
              .append(" |\n");
        }
        s.append('\n');
      }
    }
    return s.toString();
  }
}
