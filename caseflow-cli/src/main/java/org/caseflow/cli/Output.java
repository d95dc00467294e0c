package org.caseflow.cli;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** The widest a table or a paragraph of the command line's output is: a 120-column terminal. */
  static final int WIDTH = 120;

  /**
   * Rows as a plain-text table with a header rule, at most {@link #WIDTH} columns wide: when the
   * rows are wider, the widest columns are shortened (their cells end in "…"), never below their
   * heading; CSV and JSON keep every cell whole.
   */
  static String table(List<String> header, List<List<String>> rows) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i) == null ? 0 : r.get(i).length());
      }
    }
    fit(w, header);
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

  /** Only the columns named in {@code shown}, in that order: a table of the main columns. */
  static String table(List<String> header, List<List<String>> rows, List<String> shown) {
    int[] at = shown.stream().mapToInt(header::indexOf).toArray();
    for (int k = 0; k < at.length; k++) {
      if (at[k] < 0) {
        throw new IllegalArgumentException("no column " + shown.get(k));
      }
    }
    List<List<String>> picked = new ArrayList<>();
    for (List<String> r : rows) {
      picked.add(Arrays.stream(at).mapToObj(r::get).toList());
    }
    return table(shown, picked);
  }

  /** Narrows the widest columns, one character at a time, until the table fits or cannot shrink. */
  private static void fit(int[] w, List<String> header) {
    int total = 2 * (w.length - 1);
    for (int x : w) {
      total += x;
    }
    while (total > WIDTH) {
      int widest = -1;
      for (int i = 0; i < w.length; i++) {
        if (w[i] > Math.max(header.get(i).length(), 4) && (widest < 0 || w[i] > w[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return;
      }
      w[widest]--;
      total--;
    }
  }

  private static void appendRow(StringBuilder s, List<String> cells, int[] w) {
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i) == null ? "" : cells.get(i);
      if (c.length() > w[i]) {
        c = c.substring(0, w[i] - 1) + "…";
      }
      s.append(c).append(i == w.length - 1 ? "" : " ".repeat(w[i] - c.length() + 2));
    }
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    s.setLength(end);
    s.append('\n');
  }

  /**
   * A paragraph wrapped at {@link #WIDTH} columns between words, each line after the first indented
   * by {@code indent} spaces; its own leading spaces are kept, and a word longer than a line is
   * left whole.
   */
  static String wrap(String text, int indent) {
    String body = text.strip();
    StringBuilder s = new StringBuilder(text.substring(0, text.indexOf(body)));
    int column = s.length();
    boolean first = true;
    for (String word : body.split(" ")) {
      if (!first && column + 1 + word.length() > WIDTH) {
        if (word.isEmpty()) {
          continue;
        }
        s.append('\n').append(" ".repeat(indent));
        column = indent;
      } else if (!first) {
        s.append(' ');
        column++;
      }
      s.append(word);
      column += word.length();
      first = false;
    }
    return s.append('\n').toString();
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
