package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuartilesTest {
  private static final List<Double> ONE_TO_TEN =
      List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);

  @Test
  void quartilesFollowRsTypeSeven() {
    // h = 9p: Q1 = 1 + 2.25 = 3.25; median 5.5; Q3 = 1 + 6.75 = 7.75.
    Quartiles q = Quartiles.of(ONE_TO_TEN);
    assertThat(q.q1()).isEqualTo(3.25);
    assertThat(q.median()).isEqualTo(5.5);
    assertThat(q.q3()).isEqualTo(7.75);
  }

  @Test
  void bandsRunFromAForTheLowestQuarterToDForTheHighestWithBoundariesBelow() {
    Quartiles q = Quartiles.of(ONE_TO_TEN);
    assertThat(q.band(3.25)).isEqualTo("A");
    assertThat(q.band(3.26)).isEqualTo("B");
    assertThat(q.band(5.5)).isEqualTo("B");
    assertThat(q.band(7.75)).isEqualTo("C");
    assertThat(q.band(8)).isEqualTo("D");
  }
}
