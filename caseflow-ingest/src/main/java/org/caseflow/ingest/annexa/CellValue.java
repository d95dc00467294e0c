package org.caseflow.ingest.annexa;

import java.math.BigDecimal;
import org.dhatim.fastexcel.reader.Cell;

/**
 * One cell as the reader needs it: empty, text, a number (dates are numbers in a workbook), a
 * boolean, or an error.
 *
 * @param kind what the cell holds
 * @param text the text, or the number or boolean as written in the sheet; never null
 * @param number the number, for {@link Kind#NUMBER}
 * @param bool the boolean, for {@link Kind#BOOLEAN}
 */
public record CellValue(Kind kind, String text, BigDecimal number, Boolean bool) {
  /** What a cell holds. */
  public enum Kind {
    EMPTY,
    TEXT,
    NUMBER,
    BOOLEAN,
    ERROR
  }

  /** An empty cell. */
  public static final CellValue EMPTY = new CellValue(Kind.EMPTY, "", null, null);

  static CellValue text(String text) {
    String t = text.strip();
    return t.isEmpty() ? EMPTY : new CellValue(Kind.TEXT, t, null, null);
  }

  static CellValue number(BigDecimal number) {
    return new CellValue(Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
  }

  /** Reads a cell of the workbook; a null cell (beyond the row's last) is empty. */
  public static CellValue of(Cell cell) {
    if (cell == null) {
      return EMPTY;
    }
    String raw = cell.getRawValue();
    return switch (cell.getType()) {
      case NUMBER -> cell.getValue() instanceof BigDecimal bd ? number(bd) : parsedNumber(raw);
      case STRING -> cell.getValue() == null ? EMPTY : text(cell.getValue().toString());
      case BOOLEAN ->
          cell.getValue() instanceof Boolean bool
              ? new CellValue(Kind.BOOLEAN, bool ? "TRUE" : "FALSE", null, bool)
              : raw == null ? EMPTY : text(raw);
      // the cached result of a formula, if the workbook kept one
      case FORMULA -> raw == null ? EMPTY : parsedNumber(raw);
      case ERROR -> new CellValue(Kind.ERROR, raw == null ? "#ERROR" : raw, null, null);
      case EMPTY -> EMPTY;
    };
  }

  private static CellValue parsedNumber(String raw) {
    if (raw == null) {
      return EMPTY;
    }
    try {
      return number(new BigDecimal(raw.strip()));
    } catch (NumberFormatException e) {
      return text(raw);
    }
  }

  /** Whether the cell holds nothing. */
  public boolean isEmpty() {
    return kind == Kind.EMPTY;
  }
}
