package org.caseflow.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private static List<String> holidays(int year) {
    return WorkingDays.bankHolidays(year).stream()
        .map(LocalDate::toString)
        .collect(Collectors.toList());
  }

  // Expected lists are the gov.uk England and Wales lists, as in indicators.md section 3.3.
  @Test
  void theBankHolidaysOf2020IncludeVeDayMovedToFriday8May() {
    assertThat(holidays(2020))
        .containsExactly(
            "2020-01-01",
            "2020-04-10",
            "2020-04-13",
            "2020-05-08",
            "2020-05-25",
            "2020-08-31",
            "2020-12-25",
            "2020-12-28");
  }

  @Test
  void theBankHolidaysOf2022IncludeTheJubileeAndTheStateFuneral() {
    assertThat(holidays(2022))
        .containsExactly(
            "2022-01-03",
            "2022-04-15",
            "2022-04-18",
            "2022-05-02",
            "2022-06-02",
            "2022-06-03",
            "2022-08-29",
            "2022-09-19",
            "2022-12-26",
            "2022-12-27");
  }

  @Test
  void theBankHolidaysOf2023IncludeTheCoronation() {
    assertThat(holidays(2023))
        .containsExactly(
            "2023-01-02",
            "2023-04-07",
            "2023-04-10",
            "2023-05-01",
            "2023-05-08",
            "2023-05-29",
            "2023-08-28",
            "2023-12-25",
            "2023-12-26");
  }

  @Test
  void theBankHolidaysOf2021To2027MatchTheGovUkList() {
    assertThat(holidays(2021))
        .containsExactly(
            "2021-01-01",
            "2021-04-02",
            "2021-04-05",
            "2021-05-03",
            "2021-05-31",
            "2021-08-30",
            "2021-12-27",
            "2021-12-28");
    assertThat(holidays(2024))
        .containsExactly(
            "2024-01-01",
            "2024-03-29",
            "2024-04-01",
            "2024-05-06",
            "2024-05-27",
            "2024-08-26",
            "2024-12-25",
            "2024-12-26");
    assertThat(holidays(2025))
        .containsExactly(
            "2025-01-01",
            "2025-04-18",
            "2025-04-21",
            "2025-05-05",
            "2025-05-26",
            "2025-08-25",
            "2025-12-25",
            "2025-12-26");
    assertThat(holidays(2026))
        .containsExactly(
            "2026-01-01",
            "2026-04-03",
            "2026-04-06",
            "2026-05-04",
            "2026-05-25",
            "2026-08-31",
            "2026-12-25",
            "2026-12-28");
    assertThat(holidays(2027))
        .containsExactly(
            "2027-01-01",
            "2027-03-26",
            "2027-03-29",
            "2027-05-03",
            "2027-05-31",
            "2027-08-30",
            "2027-12-27",
            "2027-12-28");
    assertThat(holidays(2019))
        .containsExactly(
            "2019-01-01",
            "2019-04-19",
            "2019-04-22",
            "2019-05-06",
            "2019-05-27",
            "2019-08-26",
            "2019-12-25",
            "2019-12-26");
  }

  @Test
  void anAssessmentStartedAndAuthorisedOnTheSameDayTookNoWorkingDays() {
    assertThat(WorkingDays.between(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3))).isZero();
  }

  @Test
  void aFridayToTheFollowingMondayIsOneWorkingDay() {
    assertThat(WorkingDays.between(LocalDate.of(2024, 6, 7), LocalDate.of(2024, 6, 10)))
        .isEqualTo(1);
  }

  @Test
  void christmasAndNewYearBankHolidaysAreNotCounted() {
    // Mon 23 Dec 2024 to Fri 3 Jan 2025: 24, 27, 30, 31 Dec and 2, 3 Jan (25, 26 Dec and 1 Jan
    // are bank holidays) = 6.
    assertThat(WorkingDays.between(LocalDate.of(2024, 12, 23), LocalDate.of(2025, 1, 3)))
        .isEqualTo(6);
  }

  @Test
  void easterBankHolidaysAreNotCounted() {
    // Thu 17 Apr 2025 to Thu 24 Apr 2025: Good Friday 18th and Easter Monday 21st are holidays:
    // 22, 23, 24 = 3.
    assertThat(WorkingDays.between(LocalDate.of(2025, 4, 17), LocalDate.of(2025, 4, 24)))
        .isEqualTo(3);
  }

  @Property(tries = 200)
  void workingDaysAddUpAcrossAnyMiddleDay(
      @ForAll @IntRange(min = 0, max = 3000) int a,
      @ForAll @IntRange(min = 0, max = 400) int b,
      @ForAll @IntRange(min = 0, max = 400) int c) {
    LocalDate x = LocalDate.of(2016, 1, 1).plusDays(a);
    LocalDate y = x.plusDays(b);
    LocalDate z = y.plusDays(c);
    assertThat(WorkingDays.between(x, z))
        .isEqualTo(WorkingDays.between(x, y) + WorkingDays.between(y, z));
  }

  @Property(tries = 200)
  void addingWorkingDaysAndCountingThemAgree(
      @ForAll @IntRange(min = 0, max = 4000) int offset,
      @ForAll @IntRange(min = 0, max = 80) int n) {
    LocalDate d = WorkingDays.plus(LocalDate.of(2016, 1, 4).plusDays(offset), 0);
    assertThat(WorkingDays.between(d, WorkingDays.plus(d, n))).isEqualTo(n);
  }

  @Test
  void fortyFiveWorkingDaysAfterMondaySixthJanuary2025IsMondayTenthMarch() {
    assertThat(WorkingDays.plus(LocalDate.of(2025, 1, 6), 45)).isEqualTo(LocalDate.of(2025, 3, 10));
    // A Saturday moves on to Monday.
    assertThat(WorkingDays.plus(LocalDate.of(2025, 1, 4), 0)).isEqualTo(LocalDate.of(2025, 1, 6));
  }

  @Property(tries = 100)
  void aWeekHasFiveWorkingDaysLessItsBankHolidays(@ForAll @IntRange(min = 0, max = 5000) int a) {
    LocalDate x = LocalDate.of(2012, 1, 1).plusDays(a);
    long holidays =
        Stream.iterate(x.plusDays(1), d -> d.plusDays(1))
            .limit(7)
            .filter(d -> d.getDayOfWeek().getValue() < 6)
            .filter(d -> WorkingDays.bankHolidays(d.getYear()).contains(d))
            .count();
    assertThat(WorkingDays.between(x, x.plusDays(7))).isEqualTo(5 - holidays);
  }
}
