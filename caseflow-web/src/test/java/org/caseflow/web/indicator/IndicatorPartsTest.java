package org.caseflow.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.Presentation;
import org.caseflow.store.Provenance;
import org.caseflow.web.Views;
import org.junit.jupiter.api.Test;

/** The indicator page's findings and breakdown, rendered from their templates. */
class IndicatorPartsTest {
  private static final PeriodScorecard.Quality QUALITY =
      new PeriodScorecard.Quality(
          List.of(),
          List.of(
              new Provenance.Finding(
                  "episode", "903-DATE", "ERROR", "DECOM", "'2024-13-01' is not a date", 3),
              new Provenance.Finding(
                  "episode", "903-CODE", "WARNING", "LS", "'Z9' is not a code", 12)),
          List.of());

  private static String findings(Presentation show) {
    return Views.render(
        "indicator/findings.jte",
        Map.of(
            "findings", IndicatorPage.findings(QUALITY, show), "suppressed", show.isSuppressed()));
  }

  @Test
  void aCouncillorSeesFindingCountsFromOneToFiveAsCAndNoExampleValue() {
    String councillor = findings(Presentation.suppressed());
    // 3 is from 1 to 5: c. 12 is shown. The example, a value from a row, is not shown at all.
    assertThat(councillor)
        .contains("<td class=\"num\">c</td>")
        .contains("<td class=\"num\">12</td>")
        .doesNotContain("2024-13-01")
        .doesNotContain("Z9")
        .doesNotContain("Example");
    String analyst = findings(Presentation.full());
    assertThat(analyst)
        .contains("<td class=\"num\">3</td>")
        .contains("<td>'2024-13-01' is not a date</td>");
  }

  @Test
  void membersNoCategoryHoldsAreARowSoTheNumeratorGivesNoSmallCountAway() {
    // Numerator 20, NEG 17: 3 not recorded. Shown to a councillor as 17 and a total of 20, the 3
    // would be a difference away; as its own row it is c, and with one cell hidden the next
    // smallest (NEG, 17) is hidden too; the total 20 is shown.
    PeriodScorecard.Breakdown b =
        new PeriodScorecard.Breakdown(
            List.of(
                new PeriodScorecard.Category("NEG", 17),
                new PeriodScorecard.Category("Not recorded", 3)),
            20,
            false);
    String councillor =
        Views.render(
            "indicator/breakdown.jte", Map.of("rows", Presentation.suppressed().breakdown(b)));
    assertThat(councillor)
        .contains("<th scope=\"row\">Not recorded</th><td class=\"num\">c</td>")
        .contains("<th scope=\"row\">NEG</th><td class=\"num\">c</td>")
        .contains("<th scope=\"row\">Total</th><td class=\"num\">20</td>");
    // 17 of 20 is 85.0%, 3 of 20 is 15.0%.
    assertThat(
            Views.render(
                "indicator/breakdown.jte", Map.of("rows", Presentation.full().breakdown(b))))
        .contains("<th scope=\"row\">NEG</th><td class=\"num\">17</td><td class=\"num\">85.0%</td>")
        .contains(
            "<th scope=\"row\">Not recorded</th><td class=\"num\">3</td><td class=\"num\">15.0%</td>")
        .contains("<th scope=\"row\">Total</th><td class=\"num\">20</td>");
  }
}
