package org.caseflow.compare.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.compare.spc.Series.special;
import static org.caseflow.compare.spc.Series.with;

import org.caseflow.measure.Polarity;
import org.junit.jupiter.api.Test;

/**
 * The worked examples published with NHSRplotthedots, the NHS-R community's implementation of
 * "Making Data Count" (github.com/nhs-r-community/NHSRplotthedots): the same numbers give the same
 * limits and signals here.
 */
class PublishedExampleTest {
  /**
   * Their test data: R's {@code set.seed(123); rnorm(20)}, twenty daily values, improvement
   * upwards. Their snapshot ({@code tests/testthat/_snaps/ptd_spc.md}, "it outputs expected
   * content") gives mean 0.142, lower limit −3.01, upper limit 3.29 and 20 common-cause points, no
   * special cause.
   */
  static final double[] RNORM_123 = {
    -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621,
    -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272,
    -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141
  };

  @Test
  void twentyNormalValuesGiveTheirMeanAndLimitsAndNoSignal() {
    // Worked by hand from the twenty values: sum 2.83247607, mean 0.14162380; nineteen moving
    // ranges sum to 22.52145284, mean 1.18533962; none is above 3.267 × 1.18533962 = 3.87250
    // (the largest is 2.66797306, 1.96661716 + 0.70135590); limits 0.14162380 ∓ 2.66 ×
    // 1.18533962 = −3.01137959 and 3.29462720.
    XmrChart c = Series.of(RNORM_123).rules(20, 7).chart();
    Segment s = c.latest();
    assertThat(s.mean()).isCloseTo(0.142, within(0.0005));
    assertThat(s.lower()).isCloseTo(-3.01, within(0.005));
    assertThat(s.upper()).isCloseTo(3.29, within(0.005));
    assertThat(s.mean()).isCloseTo(0.14162380, within(1e-8));
    assertThat(s.meanMovingRange()).isCloseTo(1.18533962, within(1e-8));
    assertThat(s.lower()).isCloseTo(-3.01137959, within(1e-7));
    assertThat(s.upper()).isCloseTo(3.29462720, within(1e-7));
    assertThat(s.excluded()).isEmpty();
    assertThat(special(c)).isEmpty();
    assertThat(c.variation()).isEqualTo(Variation.COMMON_CAUSE);
  }

  @Test
  void anOutlierAtTheFifteenthPointIsScreenedOutOfTheLimits() {
    // Their test sets the 15th value to 10 and checks that screening the moving ranges changes
    // the limits and narrows them. By hand: the moving ranges into and out of the 15th point
    // (|10 − 0.11068272| = 9.88931728 and |1.78691314 − 10| = 8.21308686) are above 3.267 × the
    // mean moving range (37.61457886 / 19 = 1.97971468; × 3.267 = 6.46773) and are left out:
    // 19.51217472 / 17 = 1.14777498. Mean 13.38831720 / 20 = 0.66941586 (the 15th is now 10);
    // limits 0.66941586 ∓ 2.66 × 1.14777498 = −2.38366560 and 3.72249732 (unscreened they would
    // be −4.59662518 and 5.93545690). Only the 15th point is beyond.
    double[] y = RNORM_123.clone();
    y[14] = 10;
    XmrChart c = Series.of(y).rules(20, 7).chart();
    Segment s = c.latest();
    assertThat(s.excluded()).containsExactly(Series.month(15), Series.month(16));
    assertThat(s.meanMovingRange()).isCloseTo(1.14777498, within(1e-7));
    assertThat(s.lower()).isCloseTo(-2.38366560, within(1e-6));
    assertThat(s.upper()).isCloseTo(3.72249732, within(1e-6));
    assertThat(with(c, Signal.OUTSIDE_LIMITS)).containsExactly(15);
    assertThat(special(c)).containsExactly(15);
  }

  @Test
  void twoPointsCloseToTheLimitsOnOppositeSidesAreCommonCause() {
    // Their "2 of 3 ... on the same side of the mean" test: 1, −1 eight times, with the 15th and
    // 16th set to 5.5 and −5.5. Mean 0; moving ranges thirteen of 2, then 6.5 and 11 (mean 43.5 /
    // 15 = 2.9; 11 > 3.267 × 2.9 = 9.474 is left out: 32.5 / 14 = 2.32143); limits ∓6.175,
    // two-thirds lines ∓4.117. 5.5 and −5.5 are each beyond a two-thirds line, on opposite sides:
    // their expected point types for the last two are common cause.
    double[] y = new double[16];
    for (int i = 0; i < 16; i++) {
      y[i] = i % 2 == 0 ? 1 : -1;
    }
    y[14] = 5.5;
    y[15] = -5.5;
    XmrChart c = Series.of(y).polarity(Polarity.HIGH).rules(20, 7).chart();
    assertThat(c.latest().excluded()).containsExactly(Series.month(16));
    assertThat(c.latest().upper()).isCloseTo(2.66 * 32.5 / 14, within(1e-9));
    assertThat(special(c)).isEmpty();
  }
}
