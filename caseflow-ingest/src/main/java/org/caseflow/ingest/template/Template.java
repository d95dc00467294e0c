package org.caseflow.ingest.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Format;

/**
 * The council's own data that no statutory return carries, as CSV templates: one layout per
 * template, recognised by its headings (in any order and any case), never by the file's name.
 */
public enum Template {
  /** The monthly caseload extract: one row per worker per month. */
  CASELOAD(
      Format.CASELOAD_CSV,
      "caseload",
      "Monthly caseload extract: one row per worker holding cases, per month.",
      Table.CASELOAD,
      List.of("month", "worker"),
      f("month", "month", Field.Kind.MONTH, true, 0, 0, "The month", "2025-04"),
      f("worker", "worker_id", Field.Kind.TEXT, true, 0, 0, "Worker's id or name", "SW0001"),
      f("team", "team", Field.Kind.TEXT, true, 0, 0, "The worker's team", "Assessment East"),
      f("fte", "fte", Field.Kind.DECIMAL, true, 0.01, 1.5, "Full-time equivalent", "0.8"),
      new Field(
          "contract",
          "agency",
          Field.Kind.CHOICE,
          true,
          0,
          0,
          List.of("agency", "employed"),
          "agency or employed",
          "employed"),
      f("open_cases", "open_cases", Field.Kind.INTEGER, true, 0, 200, "Open cases held", "17"));

  private final Format format;
  private final String fileStem;
  private final String description;
  private final Table table;
  private final List<String> key;
  private final List<Field> fields;

  Template(
      Format format,
      String fileStem,
      String description,
      Table table,
      List<String> key,
      Field... fields) {
    this.format = format;
    this.fileStem = fileStem;
    this.description = description;
    this.table = table;
    this.key = key;
    this.fields = List.of(fields);
  }

  private static Field f(
      String header,
      String column,
      Field.Kind kind,
      boolean required,
      double min,
      double max,
      String meaning,
      String example) {
    return new Field(
        header,
        column,
        kind,
        required,
        min,
        max == 0 && min == 0 ? 1e15 : max,
        List.of(),
        meaning,
        example);
  }

  /** The format a file of this template is read as. */
  public Format format() {
    return format;
  }

  /** The name the blank template is written under, without extension (e.g. {@code caseload}). */
  public String fileStem() {
    return fileStem;
  }

  /** What the template holds. */
  public String description() {
    return description;
  }

  /** The canonical table it fills. */
  public Table table() {
    return table;
  }

  /** The headings whose values together may appear only once in a file. */
  public List<String> key() {
    return key;
  }

  /** The columns, in the order the blank template has them. */
  public List<Field> fields() {
    return fields;
  }

  /** The headings, comma-separated, as the first line of the CSV file. */
  public String headerLine() {
    return fields.stream().map(Field::header).collect(Collectors.joining(","));
  }

  /** The template of the format, if it is a template's. */
  public static Optional<Template> of(Format format) {
    return Arrays.stream(values()).filter(t -> t.format == format).findFirst();
  }

  /**
   * The template whose headings the given ones match: at least half of its headings, and at least
   * two, present. A file with a wrong or missing heading is still recognised, so that the reader
   * can say which heading is wrong.
   */
  public static Optional<Template> recognise(List<String> headings) {
    Set<String> present =
        headings.stream()
            .map(h -> h.strip().replace("\"", "").toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    Template best = null;
    int bestMatched = 0;
    for (Template t : values()) {
      int matched = 0;
      for (Field f : t.fields) {
        if (present.contains(f.header())) {
          matched++;
        }
      }
      if (matched >= 2 && matched * 2 >= t.fields.size() && matched > bestMatched) {
        best = t;
        bestMatched = matched;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The headings of every template, for messages. */
  static String all() {
    List<String> out = new ArrayList<>();
    for (Template t : values()) {
      out.add(t.fileStem + " (" + t.headerLine() + ")");
    }
    return String.join("; ", out);
  }
}
