package org.caseflow.cli;

import java.util.List;
import java.util.Locale;

/** Plain-text tables and spreadsheet-safe CSV for the command line. */
final class Output {
  private Output() {}

  /** Output formats. */
  enum Format {
    TABLE,
    CSV,
    JSON
  }

  /** A value as a CSV cell, quoted when needed and safe from formula injection. */
  static String csvCell(String value) {
    return org.caseflow.compare.CsvCell.of(value);
  }

  static String csvLine(List<String> cells) {
    return String.join(",", cells.stream().map(Output::csvCell).toList());
  }

  /** Rows as a plain-text table with a header rule. */
  static String table(List<String> header, List<List<String>> rows) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i) == null ? 0 : r.get(i).length());
      }
    }
    StringBuilder s = new StringBuilder();
    appendRow(s, header, w);
    for (int i = 0; i < w.length; i++) {
      s.append("-".repeat(w[i])).append(i == w.length - 1 ? "\n" : "  ");
    }
    for (List<String> r : rows) {
      appendRow(s, r, w);
    }
    return s.toString();
  }

  private static void appendRow(StringBuilder s, List<String> cells, int[] w) {
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i) == null ? "" : cells.get(i);
      s.append(c).append(i == w.length - 1 ? "" : " ".repeat(w[i] - c.length() + 2));
    }
    s.append('\n');
  }

  /** A number for people: whole when it is whole, else one decimal place. */
  static String number(Double d) {
    if (d == null) {
      return "";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%,d", d.longValue());
    }
    return String.format(Locale.ROOT, "%,.1f", d);
  }

  /**
   * A number for a machine to read (CSV, JSON): no thousands separators and every digit kept, or
   * nothing.
   */
  static String plain(Double d) {
    if (d == null || d.isNaN() || d.isInfinite()) {
      return "";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
