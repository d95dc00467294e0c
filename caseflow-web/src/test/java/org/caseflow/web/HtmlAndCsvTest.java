package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlAndCsvTest {
  @Test
  void markupInAValueIsEscapedForTextAndAttributes() {
    assertThat(Html.esc("<script>alert('x')</script> & \"q\" `b`"))
        .isEqualTo(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &#96;b&#96;");
  }

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
    java.util.List<org.caseflow.compare.PeriodScorecard.Category> cells =
        new java.util.ArrayList<>();
    b.forEach((k, v) -> cells.add(new org.caseflow.compare.PeriodScorecard.Category(k, v)));
    var breakdown = new org.caseflow.compare.PeriodScorecard.Breakdown(cells, 32, false);
    assertThat(
            org.caseflow.compare.Presentation.suppressed().breakdown(breakdown).stream()
                .map(r -> r.get(1)))
        .containsExactly("20", "c", "c", "0", "32");
    assertThat(
            org.caseflow.compare.Presentation.full().breakdown(breakdown).stream()
                .map(r -> r.get(1)))
        .containsExactly("20", "3", "9", "0", "32");
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

  @Test
  void aCouncillorSeesFindingCountsFromOneToFiveAsCAndNoExampleValue() {
    var findings =
        java.util.List.of(
            new Pages.FindingCount("903-DATE", "ERROR", "DECOM", "'2024-13-01' is not a date", 3),
            new Pages.FindingCount("903-CODE", "WARNING", "LS", "'Z9' is not a code", 12));
    String councillor = Pages.findings(findings, true);
    // 3 is from 1 to 5: c. 12 is shown. The example, a value from a row, is not shown at all.
    assertThat(councillor)
        .contains("<td class=\"num\">c</td>")
        .contains("<td class=\"num\">12</td>")
        .doesNotContain("2024-13-01")
        .doesNotContain("Z9")
        .doesNotContain("Example");
    String analyst = Pages.findings(findings, false);
    assertThat(analyst)
        .contains("<td class=\"num\">3</td>")
        .contains("&#39;2024-13-01&#39; is not a date");
  }

  @Test
  void membersNoCategoryHoldsAreARowSoTheNumeratorGivesNoSmallCountAway() {
    Map<String, Long> b = new LinkedHashMap<>();
    b.put("NEG", 17L);
    // Numerator 20, categories 17: 3 not recorded. Shown to a councillor as 17 and a total of 17
    // beside a numerator of 20, the 3 would be a difference away; as its own row it is c, and
    // with one cell hidden the next smallest (NEG, 17) is hidden too; the total 20 is shown.
    var figure =
        new org.caseflow.measure.Figure(
            org.caseflow.measure.Catalogue.load().find("OC10").orElseThrow(),
            "808",
            org.caseflow.domain.period.ReportingPeriod.parse("2024-25"),
            20.0,
            20.0,
            null,
            java.util.List.of(),
            b,
            null);
    var breakdown = org.caseflow.compare.PeriodScorecard.Breakdown.of(figure);
    String councillor = Pages.breakdown(breakdown, true);
    assertThat(councillor)
        .contains("<th scope=\"row\">Not recorded</th><td class=\"num\">c</td>")
        .contains("<th scope=\"row\">NEG</th><td class=\"num\">c</td>")
        .contains("<th scope=\"row\">Total</th><td class=\"num\">20</td>");
    assertThat(Pages.breakdown(breakdown, false))
        .contains("<th scope=\"row\">Not recorded</th><td class=\"num\">3</td>")
        .contains("<th scope=\"row\">Total</th><td class=\"num\">20</td>");
  }
}
