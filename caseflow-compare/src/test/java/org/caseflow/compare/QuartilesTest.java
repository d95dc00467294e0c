package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseflow.measure.Polarity;
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
  void lowerIsBetterPutsTheLowestQuarterInBandAWithAValueOnAQuartileInTheBetterBand() {
    Quartiles q = Quartiles.of(ONE_TO_TEN);
    assertThat(q.band(3.25, Polarity.LOW)).isEqualTo("A");
    assertThat(q.band(3.26, Polarity.LOW)).isEqualTo("B");
    assertThat(q.band(5.5, Polarity.LOW)).isEqualTo("B");
    assertThat(q.band(7.75, Polarity.LOW)).isEqualTo("C");
    assertThat(q.band(8, Polarity.LOW)).isEqualTo("D");
  }

  @Test
  void higherIsBetterPutsTheHighestQuarterInBandA() {
    Quartiles q = Quartiles.of(ONE_TO_TEN);
    assertThat(q.band(8, Polarity.HIGH)).isEqualTo("A");
    assertThat(q.band(7.75, Polarity.HIGH)).isEqualTo("A");
    assertThat(q.band(7.74, Polarity.HIGH)).isEqualTo("B");
    assertThat(q.band(5.5, Polarity.HIGH)).isEqualTo("B");
    assertThat(q.band(3.25, Polarity.HIGH)).isEqualTo("C");
    assertThat(q.band(3.24, Polarity.HIGH)).isEqualTo("D");
  }

  @Test
  void aMeasureWithNoPolarityHasNoBand() {
    assertThat(Quartiles.of(ONE_TO_TEN).band(5, Polarity.NONE)).isNull();
  }
}
