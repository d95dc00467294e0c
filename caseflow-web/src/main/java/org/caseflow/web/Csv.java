package org.caseflow.web;

import org.caseflow.compare.CsvCell;

/** CSV cells safe to open in a spreadsheet. */
public final class Csv {
  private Csv() {}

  /** A value as a CSV cell, by the one rule caseflow's CSV follows: {@link CsvCell#of}. */
  public static String cell(String value) {
    return CsvCell.of(value);
  }
}
