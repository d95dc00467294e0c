package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * No cell caseflow writes can be read as a formula by a spreadsheet that splits lines at commas or
 * at semicolons (Excel in a semicolon locale), after another cell of the line.
 *
 * <p>The reader here is Excel's as the worst case: a quote opens a quoted cell only where a cell
 * starts; elsewhere it is a plain character, and a line break outside a quoted cell ends the line.
 * Leading spaces are ignored (as if trimmed). A cell is "read as a formula" when it then starts
 * with {@code = + - @}, a tab or a carriage return and is not a number in either locale.
 */
class CsvCellExcelProperties {
  private static final String FORMULA = "=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,]*\\d([eE][-+]?\\d+)?");

  @Property(tries = 3000)
  void noCellIsReadAsAFormulaWithCommasOrSemicolons(
      @ForAll @Size(max = 4)
          List<
                  @StringLength(max = 12)
                  @Chars({
                    '=', '+', '-', '@', '\t', '\r', '\n', ';', ',', ' ', '"', '\'', 'a', '1', '.'
                  })
                  @CharRange(from = 'x', to = 'y') String>
              values) {
    StringBuilder line = new StringBuilder("name");
    for (String v : values) {
      line.append(',').append(CsvCell.of(v));
    }
    for (char sep : new char[] {',', ';'}) {
      for (String cell : read(line.toString(), sep)) {
        assertThat(formula(cell)).as("%s read with '%s' from %s", cell, sep, line).isFalse();
      }
    }
  }

  @Property(tries = 1000)
  void aCellAloneOnItsLineIsNotReadAsAFormulaEither(
      @ForAll
          @StringLength(max = 12)
          @Chars({'=', '+', '-', '@', '\t', '\r', '\n', ';', ',', ' ', '"', '\'', 'a', '1', '.'})
          String value) {
    for (char sep : new char[] {',', ';'}) {
      for (String cell : read(CsvCell.of(value), sep)) {
        assertThat(formula(cell)).as("%s read with '%s'", cell, sep).isFalse();
      }
    }
  }

  private static boolean formula(String cell) {
    String c = cell.stripLeading().isEmpty() ? "" : cell.replaceFirst("^ +", "");
    return !c.isEmpty() && FORMULA.indexOf(c.charAt(0)) >= 0 && !NUMBER.matcher(c).matches();
  }

  /** The cells of a text as the worst-case reader splits them, every line's together. */
  static List<String> read(String text, char sep) {
    List<String> cells = new ArrayList<>();
    int k = 0;
    int n = text.length();
    while (k <= n) {
      StringBuilder cell = new StringBuilder();
      if (k < n && text.charAt(k) == '"') {
        k++;
        while (k < n) {
          char c = text.charAt(k);
          if (c == '"') {
            if (k + 1 < n && text.charAt(k + 1) == '"') {
              cell.append('"');
              k += 2;
              continue;
            }
            k++;
            break;
          }
          cell.append(c);
          k++;
        }
      }
      while (k < n && text.charAt(k) != sep && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
        cell.append(text.charAt(k));
        k++;
      }
      cells.add(cell.toString());
      k++;
    }
    return cells;
  }
}
