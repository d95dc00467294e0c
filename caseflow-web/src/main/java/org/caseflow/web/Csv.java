package org.caseflow.web;

import org.caseflow.compare.CsvCell;

/** CSV cells safe to open in a spreadsheet. */
public final class Csv {
  private Csv() {}

  /** A value as a CSV cell, by the one rule caseflow's CSV follows: {@link CsvCell#of}. */
  public static String cell(String value) {
    return CsvCell.of(value);
  }

  /** A value as a workbook's text cell, shown as it is and never read as a formula. */
  public static String text(String value) {
    return CsvCell.text(value);
  }
}
