package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.ReturnKind;
import org.junit.jupiter.api.Test;

/** The periods a council can be shown for: the one list the dashboard's picker reads. */
class PeriodsOfferedTest {
  @Test
  void twoLoadedYearsOfferTwoYearsEightQuartersTwentyFourMonthsAndThirteenRollingYears() {
    // The CIN census for 2023-24 and the SSDA903 for 2024-25: collection years 2024 and 2025.
    LoadedReturns loaded =
        new LoadedReturns(
            "808", Map.of(ReturnKind.CIN_CENSUS, Set.of(2024), ReturnKind.SSDA903, Set.of(2025)));
    List<String> labels = loaded.periodsOffered().stream().map(ReportingPeriod::label).toList();
    // Years: 2024-25, 2023-24. Quarters: 4 each. Months: 12 each. Rolling 12 months need all
    // twelve months in loaded years: those ending March 2024 (April 2023 to March 2024) to March
    // 2025 (April 2024 to March 2025), 13 of them; R12:2024-02 would start in March 2023 (2022-23,
    // not loaded).
    assertThat(labels).hasSize(2 + 8 + 24 + 13);
    assertThat(labels.subList(0, 6))
        .containsExactly(
            "2024-25", "2023-24", "2024-25-Q4", "2024-25-Q3", "2024-25-Q2", "2024-25-Q1");
    assertThat(labels.subList(9, 12)).containsExactly("2023-24-Q1", "2025-03", "2025-02");
    assertThat(labels.get(10 + 23)).isEqualTo("2023-04");
    assertThat(labels.subList(34, 36)).containsExactly("R12:2025-03", "R12:2025-02");
    assertThat(labels.get(labels.size() - 1)).isEqualTo("R12:2024-03");
    assertThat(labels).doesNotContain("R12:2024-02");
  }

  @Test
  void nothingLoadedOffersNothing() {
    assertThat(new LoadedReturns("808", Map.of()).periodsOffered()).isEmpty();
  }
}
