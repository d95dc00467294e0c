package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.compare.Presentation;
import org.junit.jupiter.api.Test;

class CsvSuppressionAndLogTest {
  @Test
  void aCellAFormulaWouldStartWithIsDefused() {
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.cell("+1+2")).isEqualTo("'+1+2");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("-3")).isEqualTo("-3");
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
  }

  @Test
  void aBreakdownWithOneSmallCountHidesTheNextSmallestToo() {
    Map<String, Long> b = new LinkedHashMap<>();
    b.put("NEG", 20L);
    b.put("PHY", 3L);
    b.put("EMO", 9L);
    b.put("SAB", 0L);
    // Total 20 + 3 + 9 + 0 = 32. PHY (3) is small; with the total shown it could be worked out
    // (32 - 20 - 9), so EMO (9, the next smallest non-zero) is hidden too. Zero is not hidden.
    List<Long> cells = List.copyOf(b.values());
    assertThat(Presentation.suppressed().hidden(cells, 32))
        .containsExactly(false, true, true, false, false);
    assertThat(Presentation.full().hidden(cells, 32))
        .containsExactly(false, false, false, false, false);
  }

  @Test
  void aFailedRequestIsLoggedWithoutTheExceptionsMessage() {
    var e =
        new IllegalStateException(
            "wrapped", new java.sql.SQLException("Duplicate key child_id: C0012345"));
    String logged = Dashboard.withoutMessages(e);
    assertThat(logged)
        .startsWith("java.lang.IllegalStateException")
        .contains("caused by java.sql.SQLException")
        .doesNotContain("C0012345")
        .doesNotContain("wrapped");
  }
}
