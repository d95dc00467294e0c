package org.caseflow.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  @Test
  void bankHolidaysIncludeTheOneOffDays() {
    assertThat(WorkingDays.holidays(2022))
        .contains(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19));
    assertThat(WorkingDays.holidays(2020))
        .contains(LocalDate.of(2020, 5, 8))
        .doesNotContain(LocalDate.of(2020, 5, 4));
    assertThat(WorkingDays.holidays(2023))
        .contains(LocalDate.of(2023, 5, 8), LocalDate.of(2023, 4, 7));
    assertThat(WorkingDays.holidays(2021))
        .contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
    assertThat(WorkingDays.holidays(2026))
        .contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 28));
  }

  @Test
  void aSameDayDurationIsZeroWorkingDays() {
    LocalDate d = LocalDate.of(2024, 6, 3);
    assertThat(WorkingDays.between(d, d)).isZero();
    assertThat(WorkingDays.between(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 2)))
        .isEqualTo(1);
  }

  @Property(tries = 200)
  void addingWorkingDaysAndCountingThemAgree(
      @ForAll @IntRange(min = 0, max = 3000) int offset,
      @ForAll @IntRange(min = 0, max = 60) int n) {
    LocalDate d = WorkingDays.plus(LocalDate.of(2016, 1, 4).plusDays(offset), 0);
    assertThat(WorkingDays.between(d, WorkingDays.plus(d, n))).isEqualTo(n);
  }
}
