package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {
  @Test
  void aCellAFormulaWouldStartWithIsShownAsText() {
    assertThat(CsvCell.of("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(CsvCell.of("+1+2")).isEqualTo("'+1+2");
    assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCell.of("-3+A1")).isEqualTo("'-3+A1");
    assertThat(CsvCell.of("\t=1")).isEqualTo("'\t=1");
    // And the = after the carriage return, where a semicolon-locale Excel starts a line.
    assertThat(CsvCell.of("\r=1")).isEqualTo("\"'\r'=1\"");
    assertThat(CsvCell.of("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
  }

  @Test
  void aNegativeNumberIsDataAndStaysANumber() {
    assertThat(CsvCell.of("-3")).isEqualTo("-3");
    assertThat(CsvCell.of("-0.5")).isEqualTo("-0.5");
    assertThat(CsvCell.of("+12")).isEqualTo("+12");
    assertThat(CsvCell.of("-1.0E-5")).isEqualTo("-1.0E-5");
    // A number a person reads, with thousands separators: quoted for its commas, not defused.
    assertThat(CsvCell.of("-1,234.5")).isEqualTo("\"-1,234.5\"");
    // Not a number with thousands separators: defused.
    assertThat(CsvCell.of("-3,4")).isEqualTo("\"'-3,4\"");
  }

  @Test
  void anOrdinaryCellIsLeftAloneOrQuoted() {
    assertThat(CsvCell.of(null)).isEmpty();
    assertThat(CsvCell.of("")).isEmpty();
    assertThat(CsvCell.of("OC07")).isEqualTo("OC07");
    assertThat(CsvCell.of("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCell.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvCell.of("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void aFormulaAfterASemicolonOrALineBreakIsShownAsTextWhereverExcelSplits() {
    // Excel in a semicolon locale splits y;=1+1 into y and =1+1: the second gets the apostrophe.
    assertThat(CsvCell.of("y;=1+1")).isEqualTo("y;'=1+1");
    assertThat(CsvCell.of("y; -2+3")).isEqualTo("y; '-2+3");
    assertThat(CsvCell.of("y;\"@SUM(A1)")).isEqualTo("\"y;\"\"'@SUM(A1)\"");
    assertThat(CsvCell.of("two\n=lines")).isEqualTo("\"two\n'=lines\"");
    // A breakdown's members are words after the semicolons: left alone.
    assertThat(CsvCell.of("{Police=210; Schools=164}")).isEqualTo("{Police=210; Schools=164}");
  }
}
