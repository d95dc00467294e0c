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
 *
 * <p>caseflow writes commas, but Excel set to a semicolon locale splits a line at every semicolon,
 * and at a line break, whatever the quotes (they count only at the start of what it takes for a
 * cell). So inside a value, a formula character after a semicolon or a line break (past any spaces
 * and quotes) gets an apostrophe before it too: {@code y;=1+1} is written {@code y;'=1+1}. A cell
 * that begins a line and is a negative number is still written as it is; a line caseflow writes
 * begins with a name or a code, not a number.
 */
public final class CsvCell {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d+)?");

  private static final String FORMULA = "=+-@\t\r";

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
        && FORMULA.indexOf(value.charAt(0)) >= 0
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
    String v = defuseAfterBreaks(text(value));
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /**
   * An apostrophe before each formula character that follows a semicolon, a line break or the start
   * of the value, past spaces and quotes: where Excel in a semicolon locale would start a cell (a
   * formula character first in the value has been dealt with already).
   */
  private static String defuseAfterBreaks(String v) {
    StringBuilder out = new StringBuilder(v.length() + 4);
    // The start of the value counts too when spaces or a quote come first.
    boolean atBreak = !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(0) == '"');
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if (atBreak && FORMULA.indexOf(c) >= 0) {
        out.append('\'');
        atBreak = false;
      } else if (atBreak && c != ' ' && c != '"') {
        atBreak = false;
      }
      out.append(c);
      if (c == ';' || c == '\n' || c == '\r') {
        atBreak = true;
      }
    }
    return out.toString();
  }
}
