package org.caseflow.ingest.template;

import java.util.List;

/**
 * One column of a template.
 *
 * @param header the column's heading in the CSV file
 * @param column the canonical column it fills
 * @param kind how the text is read
 * @param required whether an empty cell is refused
 * @param min the smallest number allowed (numbers only)
 * @param max the largest number allowed (numbers only)
 * @param values for {@link Kind#CHOICE}, the accepted words in order: the first means true for a
 *     boolean column; otherwise empty
 * @param meaning what the column holds, for the documentation
 * @param example an example value, for the documentation
 */
public record Field(
    String header,
    String column,
    Kind kind,
    boolean required,
    double min,
    double max,
    List<String> values,
    String meaning,
    String example) {

  /** How a cell's text is read. */
  public enum Kind {
    /** Free text, stripped. */
    TEXT,
    /** A date as yyyy-mm-dd. */
    DATE,
    /** A month as yyyy-mm, stored as its first day. */
    MONTH,
    /** A financial year as yyyy-yy (e.g. 2024-25), stored as its 1 April. */
    FINANCIAL_YEAR,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** One word of a short list; for a boolean column the first word means true. */
    CHOICE
  }

  /** What the cell must hold, in words, for messages and documentation. */
  public String expected() {
    return switch (kind) {
      case TEXT -> required ? "some text" : "some text, or empty";
      case DATE -> "a date as yyyy-mm-dd" + (required ? "" : ", or empty");
      case MONTH -> "a month as yyyy-mm, e.g. 2025-04";
      case FINANCIAL_YEAR -> "a financial year as yyyy-yy, e.g. 2024-25";
      case INTEGER -> "a whole number from " + fmt(min) + (max < 1e12 ? " to " + fmt(max) : "");
      case DECIMAL -> "a number from " + fmt(min) + (max < 1e12 ? " to " + fmt(max) : "");
      case CHOICE -> "one of " + String.join(", ", values);
    };
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
