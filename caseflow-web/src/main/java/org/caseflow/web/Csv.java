package org.caseflow.web;

/** CSV cells safe to open in a spreadsheet. */
final class Csv {
  private Csv() {}

  /**
   * A value as a CSV cell: a value a spreadsheet would read as a formula (starting with =, +, -, @,
   * a tab or a carriage return) is prefixed with an apostrophe, unless it is a plain number; cells
   * with commas, quotes or line breaks are quoted.
   */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?\\d+(\\.\\d+)?")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
