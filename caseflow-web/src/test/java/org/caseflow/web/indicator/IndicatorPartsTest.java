package org.caseflow.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.web.Views;
import org.junit.jupiter.api.Test;

/** The indicator page's findings and breakdown, rendered from their templates. */
class IndicatorPartsTest {
  private static String findings(List<IndicatorPage.FindingCount> findings, boolean suppressed) {
    List<IndicatorPage.FindingCount> shown =
        suppressed ? IndicatorPage.blanked(findings) : findings;
    return Views.render(
        "indicator/findings.jte", Map.of("findings", shown, "suppressed", suppressed));
  }

  private static String breakdown(Map<String, Long> counts, Double numerator, boolean suppressed) {
    return Views.render(
        "indicator/breakdown.jte",
        Map.of("rows", IndicatorPage.breakdown(counts, numerator, suppressed)));
  }

  @Test
  void aCouncillorSeesFindingCountsFromOneToFiveAsCAndNoExampleValue() {
    var findings =
        java.util.List.of(
            new IndicatorPage.FindingCount(
                "903-DATE", "ERROR", "DECOM", "'2024-13-01' is not a date", 3),
            new IndicatorPage.FindingCount("903-CODE", "WARNING", "LS", "'Z9' is not a code", 12));
    String councillor = findings(findings, true);
    // 3 is from 1 to 5: c. 12 is shown. The example, a value from a row, is not shown at all.
    assertThat(councillor)
        .contains("<td class=\"num\">c</td>")
        .contains("<td class=\"num\">12</td>")
        .doesNotContain("2024-13-01")
        .doesNotContain("Z9")
        .doesNotContain("Example");
    String analyst = findings(findings, false);
    assertThat(analyst)
        .contains("<td class=\"num\">3</td>")
        .contains("<td>'2024-13-01' is not a date</td>");
  }

  @Test
  void membersNoCategoryHoldsAreARowSoTheNumeratorGivesNoSmallCountAway() {
    Map<String, Long> b = new LinkedHashMap<>();
    b.put("NEG", 17L);
    // Numerator 20, categories 17: 3 not recorded. Shown to a councillor as 17 and a total of 17
    // beside a numerator of 20, the 3 would be a difference away; as its own row it is c, and
    // with one cell hidden the next smallest (NEG, 17) is hidden too; the total 20 is shown.
    String councillor = breakdown(b, 20.0, true);
    assertThat(councillor)
        .contains("<th scope=\"row\">Not recorded</th><td class=\"num\">c</td>")
        .contains("<th scope=\"row\">NEG</th><td class=\"num\">c</td>")
        .contains("<th scope=\"row\">Total</th><td class=\"num\">20</td>");
    assertThat(breakdown(b, 20.0, false))
        .contains("<th scope=\"row\">Not recorded</th><td class=\"num\">3</td>")
        .contains("<th scope=\"row\">Total</th><td class=\"num\">20</td>");
  }
}
