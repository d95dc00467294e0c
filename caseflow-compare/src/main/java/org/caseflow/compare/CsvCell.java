package org.caseflow.compare;

import java.util.regex.Pattern;

/**
 * A value as a CSV cell that is safe to open in a spreadsheet: the one rule every CSV caseflow
 * writes follows (the command line's indicators, compare and children outputs, the dashboard's
 * audit log export).
 *
 * <p>A cell a spreadsheet would read as a formula, one starting with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return, is prefixed with an apostrophe, so it is shown as
 * text. A plain number is left alone, negative or not, with or without thousands separators, a
 * decimal part or an exponent: {@code -3} and {@code -1,234.5} are data, {@code -3+A1} is not. A
 * cell with a comma, a quote or a line break is then quoted, its quotes doubled.
 */
public final class CsvCell {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d+)?");

  private CsvCell() {}

  /**
   * The value as text a spreadsheet shows as it is (a workbook's string cell, or before CSV
   * quoting): a cell it would read as a formula is prefixed with an apostrophe; null is empty.
   */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty()
        && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        && !NUMBER.matcher(value).matches()) {
      return "'" + value;
    }
    return value;
  }

  /** The value as a CSV cell; null is an empty cell. */
  public static String of(String value) {
    if (value == null) {
      return "";
    }
    String v = text(value);
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
