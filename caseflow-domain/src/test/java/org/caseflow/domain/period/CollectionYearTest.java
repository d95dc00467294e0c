package org.caseflow.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionYearTest {
  @Test
  void theYearEndingIn2025RunsFromTheFirstOfApril2024ToTheThirtyFirstOfMarch2025() {
    CollectionYear y = new CollectionYear(2025);
    assertThat(y.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(y.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(y.label()).isEqualTo("2024-25");
  }

  @Test
  void theThirtyFirstOfMarchBelongsToTheYearItEndsAndTheFirstOfAprilToTheNext() {
    assertThat(CollectionYear.containing(LocalDate.of(2025, 3, 31)).endYear()).isEqualTo(2025);
    assertThat(CollectionYear.containing(LocalDate.of(2025, 4, 1)).endYear()).isEqualTo(2026);
  }

  @Test
  void theTurnOfTheCenturyIsLabelledWithTwoDigits() {
    assertThat(new CollectionYear(2000).label()).isEqualTo("1999-00");
  }
}
