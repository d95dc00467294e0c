package org.caseflow.ingest.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Generates {@code docs/templates.md} and writes the blank templates. */
public final class TemplatesMarkdown {
  private TemplatesMarkdown() {}

  /** The documentation of every template. */
  public static String render() {
    StringBuilder s = new StringBuilder();
    s.append("# Local templates\n\n")
        .append(
            "<!-- Generated from org.caseflow.ingest.template.Template by TemplatesMarkdownTest;")
        .append(" do not edit by hand. -->\n\n")
        .append("Data the statutory returns do not carry comes in as CSV files in these layouts.")
        .append(" `caseflow templates --out DIR` writes a blank file for each (the headings")
        .append(" only); `caseflow import --la CODE FILE` reads them, recognised by their")
        .append(" headings, never by the file's name.\n\n")
        .append("Rules for every template:\n\n")
        .append("- CSV saved as UTF-8, comma-separated, one heading line first. Headings may come")
        .append(" in any order and any case; a heading that is not the template's, a missing one")
        .append(" or a repeated one refuses the file.\n")
        .append("- Every cell must read as its column's kind and range; the key (below) may appear")
        .append(" once only.\n")
        .append("- The first problem refuses the whole import (nothing is stored), with a message")
        .append(" naming the file, line, column and what was expected. Values from personal")
        .append(" columns (a worker's name or id, a child's id) are never repeated in messages.\n")
        .append("- Importing the same file again changes nothing; a later file holding the same")
        .append(" key again (e.g. the same month) replaces the earlier rows for that key.\n\n");
    for (Template t : Template.values()) {
      s.append("## ")
          .append(t.fileStem())
          .append(".csv\n\n")
          .append(t.description())
          .append(" Fills the table `")
          .append(t.table().sqlName())
          .append("`. Key: ")
          .append(String.join(" and ", t.key()))
          .append(".\n\n| heading | required | expected | meaning | example |\n")
          .append("|---|---|---|---|---|\n");
      for (Field f : t.fields()) {
        s.append("| `")
            .append(f.header())
            .append("` | ")
            .append(f.required() ? "yes" : "no")
            .append(" | ")
            .append(f.expected())
            .append(" | ")
            .append(f.meaning())
            .append(" | ")
            .append(f.example())
            .append(" |\n");
      }
      s.append("\nExample:\n\n```csv\n")
          .append(t.headerLine())
          .append('\n')
          .append(String.join(",", t.fields().stream().map(Field::example).toList()))
          .append("\n```\n\n");
    }
    return s.toString();
  }

  /**
   * Writes a blank CSV (the heading line only) for every template into the folder.
   *
   * @return the files written
   */
  public static List<Path> writeBlank(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (Template t : Template.values()) {
      Path f = dir.resolve(t.fileStem() + ".csv");
      Files.writeString(f, t.headerLine() + "\n", StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }
}
