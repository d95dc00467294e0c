package org.caseflow.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {
  @Test
  void aFinancialYearRunsFromAprilToMarch() {
    ReportingPeriod p = ReportingPeriod.parse("2024-25");
    assertThat(p.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(p.kind()).isEqualTo(ReportingPeriod.Kind.FINANCIAL_YEAR);
  }

  @Test
  void theFirstQuarterIsAprilToJuneAndTheFourthJanuaryToMarch() {
    assertThat(ReportingPeriod.parse("2025-26-Q1"))
        .extracting(ReportingPeriod::start, ReportingPeriod::end)
        .containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
    assertThat(ReportingPeriod.parse("2025-26-Q4"))
        .extracting(ReportingPeriod::start, ReportingPeriod::end)
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
  }

  @Test
  void aMonthIsTheCalendarMonth() {
    assertThat(ReportingPeriod.parse("2024-02"))
        .extracting(ReportingPeriod::start, ReportingPeriod::end)
        .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
  }

  @Test
  void rollingTwelveMonthsEndOnTheLastDayOfTheNamedMonth() {
    assertThat(ReportingPeriod.parse("R12:2025-06"))
        .extracting(ReportingPeriod::start, ReportingPeriod::end)
        .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30));
  }

  @Test
  void anythingElseIsRejectedWithAMessageShowingTheForms() {
    assertThatThrownBy(() -> ReportingPeriod.parse("Q1 2025"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'Q1 2025' is not a period caseflow reads; expected one of: 2024-25 (financial year),"
                + " 2025-26-Q1 (quarter; Q1 = April to June), 2025-06 (month), R12:2025-06 (12"
                + " months ending June 2025)");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-26-Q1"))
        .hasMessageStartingWith("'2024-26-Q1' is not a financial year");
    assertThatThrownBy(() -> ReportingPeriod.parse("2025-13")).hasMessageContaining("no month 13");
  }

  @Test
  void twoPeriodsWithTheSameStartEndAndKindAreEqualWhateverTheirLabels() {
    ReportingPeriod parsed = ReportingPeriod.parse("2024-25");
    ReportingPeriod named =
        new ReportingPeriod(
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2025, 3, 31),
            ReportingPeriod.Kind.FINANCIAL_YEAR,
            "2025-26 a year earlier");
    assertThat(named).isEqualTo(parsed);
    assertThat(named.hashCode()).isEqualTo(parsed.hashCode());
    assertThat(java.util.Map.of(parsed, "figure").get(named)).isEqualTo("figure");
  }

  @Test
  void periodsOfTheSameDaysButAnotherKindAreNotEqual() {
    ReportingPeriod year = ReportingPeriod.parse("2024-25");
    ReportingPeriod rolling = ReportingPeriod.parse("R12:2025-03");
    assertThat(rolling.start()).isEqualTo(year.start());
    assertThat(rolling.end()).isEqualTo(year.end());
    assertThat(rolling).isNotEqualTo(year);
  }
}
