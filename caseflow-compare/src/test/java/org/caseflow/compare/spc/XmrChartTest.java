package org.caseflow.compare.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.compare.spc.Series.month;
import static org.caseflow.compare.spc.Series.special;
import static org.caseflow.compare.spc.Series.with;

import java.time.YearMonth;
import java.util.List;
import org.caseflow.measure.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Each rule at its boundary, on series worked by hand. The base series (see {@link Series#BASE})
 * alternates 11 and 9 for 12 months: mean 10, mean moving range 2, limits 4.68 and 15.32,
 * two-thirds lines 6.4533 and 13.5467; the baseline is its 12 months unless a test says otherwise.
 */
class XmrChartTest {
  private static final double EXACT = 1e-9;

  @Test
  void theBaseSeriesHasMeanTenAndLimitsTenPlusOrMinusTwoPointSixSixTimesTwo() {
    XmrChart c = Series.base().chart();
    Segment s = c.latest();
    assertThat(s.mean()).isCloseTo(10, within(EXACT));
    assertThat(s.meanMovingRange()).isCloseTo(2, within(EXACT));
    assertThat(s.lower()).isCloseTo(4.68, within(EXACT));
    assertThat(s.upper()).isCloseTo(15.32, within(EXACT));
    assertThat(s.baselinePoints()).isEqualTo(12);
    assertThat(s.provisional()).isFalse();
    assertThat(s.excluded()).isEmpty();
    assertThat(special(c)).isEmpty();
    assertThat(c.variation()).isEqualTo(Variation.COMMON_CAUSE);
  }

  @Test
  void aPointExactlyOnTheUpperLimitIsNotBeyondIt() {
    // Month 13 = 15.32, the upper limit itself: beyond means strictly outside.
    XmrChart c = Series.base().then(15.32).chart();
    assertThat(special(c)).isEmpty();
    assertThat(c.variation()).isEqualTo(Variation.COMMON_CAUSE);
  }

  @Test
  void aPointExactlyOnTheLowerLimitIsNotBeyondIt() {
    XmrChart c = Series.base().then(4.68).chart();
    assertThat(special(c)).isEmpty();
  }

  @Test
  void aPointJustAboveTheUpperLimitIsASpecialCauseImprovingWhenHighIsGood() {
    // 15.33 > 15.32. The baseline is months 1 to 12, so month 13 does not move the limits.
    XmrChart c = Series.base().then(15.33).chart();
    assertThat(with(c, Signal.OUTSIDE_LIMITS)).containsExactly(13);
    assertThat(special(c)).containsExactly(13);
    Point p = c.points().get(12);
    assertThat(p.high()).isTrue();
    assertThat(p.judgement()).isEqualTo(Judgement.IMPROVEMENT);
    assertThat(p.baseline()).isFalse();
    assertThat(c.variation()).isEqualTo(Variation.IMPROVING_HIGH);
  }

  @Test
  void theSamePointIsAConcernWhenLowIsGoodAndNeitherWithoutAPolarity() {
    assertThat(Series.base().then(15.33).polarity(Polarity.LOW).chart().variation())
        .isEqualTo(Variation.CONCERNING_HIGH);
    assertThat(Series.base().then(15.33).polarity(Polarity.NONE).chart().variation())
        .isEqualTo(Variation.NEITHER_HIGH);
    assertThat(Series.base().then(4.67).polarity(Polarity.LOW).chart().variation())
        .isEqualTo(Variation.IMPROVING_LOW);
    assertThat(Series.base().then(4.67).polarity(Polarity.HIGH).chart().variation())
        .isEqualTo(Variation.CONCERNING_LOW);
  }

  @Test
  void sevenPointsInARowAboveTheMeanAreAShift() {
    // Month 12 is 9 (below), months 13 to 19 are 10.5: seven above the mean of 10, all inside
    // the limits and the two-thirds lines, equal so no trend.
    XmrChart c = Series.base().then(10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5).chart();
    assertThat(with(c, Signal.SHIFT)).containsExactly(13, 14, 15, 16, 17, 18, 19);
    assertThat(special(c)).containsExactly(13, 14, 15, 16, 17, 18, 19);
    assertThat(c.variation()).isEqualTo(Variation.IMPROVING_HIGH);
  }

  @Test
  void sixPointsInARowAreNoShiftUnlessTheRunIsSetToSix() {
    double[] six = {10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 9};
    assertThat(special(Series.base().then(six).chart())).isEmpty();
    XmrChart c = Series.base().then(six).rules(12, 6).chart();
    assertThat(with(c, Signal.SHIFT)).containsExactly(13, 14, 15, 16, 17, 18);
    // Month 19 (9) ends the run: the latest point is common cause again.
    assertThat(c.variation()).isEqualTo(Variation.COMMON_CAUSE);
  }

  @Test
  void aPointOnTheMeanEndsARun() {
    // 10.5 ×3, then 10 (on the mean), then 10.5 ×4: runs of 3 and 4, no shift.
    XmrChart c = Series.base().then(10.5, 10.5, 10.5, 10, 10.5, 10.5, 10.5, 10.5).chart();
    assertThat(with(c, Signal.SHIFT)).isEmpty();
  }

  @Test
  void sevenPointsEachHigherThanTheOneBeforeAreATrend() {
    // Month 12 = 9, then 9.5, 10, 10.5, 11, 11.5, 12: seven points (months 12 to 18), six rises.
    // Month 11 (11) is above month 12, so the trend starts at 12. Only months 15 to 18 are above
    // the mean (four: no shift); 12 < 13.5467 (no two-of-three).
    XmrChart c = Series.base().then(9.5, 10, 10.5, 11, 11.5, 12).chart();
    assertThat(with(c, Signal.TREND)).containsExactly(12, 13, 14, 15, 16, 17, 18);
    assertThat(special(c)).containsExactly(12, 13, 14, 15, 16, 17, 18);
    assertThat(c.points().get(12).high()).isTrue();
    assertThat(c.variation()).isEqualTo(Variation.IMPROVING_HIGH);
  }

  @Test
  void sixPointsRisingAndARepeatAreNoTrend() {
    // Months 12 to 17 rise (six points); month 18 repeats 11.5, which is not higher.
    XmrChart c = Series.base().then(9.5, 10, 10.5, 11, 11.5, 11.5).chart();
    assertThat(with(c, Signal.TREND)).isEmpty();
  }

  @Test
  void sevenPointsFallingAreATrendOnTheLowSide() {
    // 9, 11, ... ending with 11 at month 12; then 10.5 down to 8: months 12 to 18 fall.
    XmrChart c =
        Series.of(9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11)
            .then(10.5, 10, 9.5, 9, 8.5, 8)
            .polarity(Polarity.LOW)
            .chart();
    assertThat(with(c, Signal.TREND)).containsExactly(12, 13, 14, 15, 16, 17, 18);
    assertThat(c.points().get(17).high()).isFalse();
    assertThat(c.variation()).isEqualTo(Variation.IMPROVING_LOW);
  }

  @Test
  void twoOfThreePointsBeyondTwoThirdsOnTheSameSideAreMarked() {
    // 14 > 13.5467 (and < 15.32); 10 is on the mean; 14 again: two of the three are beyond.
    XmrChart c = Series.base().then(14, 10, 14).chart();
    assertThat(with(c, Signal.TWO_OF_THREE)).containsExactly(13, 15);
    assertThat(special(c)).containsExactly(13, 15);
    assertThat(c.variation()).isEqualTo(Variation.IMPROVING_HIGH);
  }

  @Test
  void twoPointsBeyondTwoThirdsButFourApartAreNot() {
    XmrChart c = Series.base().then(14, 10, 10, 14).chart();
    assertThat(with(c, Signal.TWO_OF_THREE)).isEmpty();
  }

  @Test
  void twoPointsBeyondTwoThirdsOnOppositeSidesAreNot() {
    // 14 is beyond the upper two-thirds line, 6 beyond the lower (6 < 6.4533).
    XmrChart c = Series.base().then(14, 6).chart();
    assertThat(special(c)).isEmpty();
  }

  @Test
  void aMovingRangeAboveThreePointTwoSixSevenTimesTheMeanIsLeftOutOfTheLimits() {
    // 10, 12 alternating for 11 months, then 40. Moving ranges: ten of 2 and one of 28; mean
    // 48 / 11 = 4.3636; 3.267 × 4.3636 = 14.256 < 28, so 28 (into month 12) is left out and the
    // mean moving range is 20 / 10 = 2. Mean (6 × 10 + 5 × 12 + 40) / 12 = 160 / 12 = 13.3333;
    // limits 13.3333 ± 5.32 = 8.0133 and 18.6533 (not 1.7273 and 24.9394 with the 28 kept).
    XmrChart c = Series.of(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 40).chart();
    Segment s = c.latest();
    assertThat(s.excluded()).containsExactly(month(12));
    assertThat(s.meanMovingRange()).isCloseTo(2, within(EXACT));
    assertThat(s.mean()).isCloseTo(160.0 / 12, within(EXACT));
    assertThat(s.lower()).isCloseTo(160.0 / 12 - 5.32, within(EXACT));
    assertThat(s.upper()).isCloseTo(160.0 / 12 + 5.32, within(EXACT));
    // 40 is beyond; months 1 to 11 (10 and 12) are all below 13.3333, a shift of eleven; the
    // lower two-thirds line is 13.3333 − 3.5467 = 9.7867, which 10 is above.
    assertThat(with(c, Signal.OUTSIDE_LIMITS)).containsExactly(12);
    assertThat(with(c, Signal.SHIFT)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(with(c, Signal.TWO_OF_THREE)).isEmpty();
  }

  @Test
  void withFewerThanTwelvePointsTheLimitsAreProvisional() {
    // 11, 9, 11, 9, 11: mean 51 / 5 = 10.2; four moving ranges of 2; limits 10.2 ± 5.32.
    XmrChart c = Series.of(11, 9, 11, 9, 11).chart();
    Segment s = c.latest();
    assertThat(s.baselinePoints()).isEqualTo(5);
    assertThat(s.provisional()).isTrue();
    assertThat(s.mean()).isCloseTo(10.2, within(EXACT));
    assertThat(s.lower()).isCloseTo(4.88, within(EXACT));
    assertThat(s.upper()).isCloseTo(15.52, within(EXACT));
    assertThat(Series.base().chart().latest().provisional()).isFalse();
  }

  @Test
  void oneMonthWithAValueMakesNoChart() {
    XmrChart c = Series.of(11).gap().chart();
    assertThat(c.latest().hasLimits()).isFalse();
    assertThat(c.variation()).isEqualTo(Variation.NONE);
    assertThat(c.assurance()).isEqualTo(Assurance.NONE);
  }

  @Test
  void aGapIsNeitherPlottedNorCountedAndTheMovingRangeSpansIt() {
    // 11, 9, 11, 9, 11, (gap), 9, 11, 9, 11, 9, 11, 9: twelve values alternating, so still mean
    // 10 and moving ranges of 2 (the one across the gap is 11 to 9).
    XmrChart c = Series.of(11, 9, 11, 9, 11).gap().then(9, 11, 9, 11, 9, 11, 9).chart();
    assertThat(c.points()).hasSize(13);
    assertThat(c.points().get(5).value()).isNull();
    assertThat(c.points().get(5).signals()).isEmpty();
    assertThat(c.latest().baselinePoints()).isEqualTo(12);
    assertThat(c.latest().meanMovingRange()).isCloseTo(2, within(EXACT));
    assertThat(c.latest().mean()).isCloseTo(10, within(EXACT));
  }

  @Test
  void theBaselineIsTheFirstTwentyPointsByDefault() {
    // Twenty months alternating 11 and 9, then 30: the limits come from the twenty (mean 10,
    // mean moving range 2) and 30 is judged against them.
    double[] twenty = new double[20];
    for (int i = 0; i < 20; i++) {
      twenty[i] = i % 2 == 0 ? 11 : 9;
    }
    XmrChart c = Series.of(twenty).then(30).rules(20, 7).chart();
    assertThat(c.latest().baselinePoints()).isEqualTo(20);
    assertThat(c.latest().mean()).isCloseTo(10, within(EXACT));
    assertThat(with(c, Signal.OUTSIDE_LIMITS)).containsExactly(21);
  }

  @Test
  void aRebaseStartsTheLimitsAgainFromItsMonth() {
    // 2024 alternates 11 and 9 (mean 10, limits 4.68 to 15.32); 2025 alternates 21 and 19.
    Series s = Series.base().then(21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19).rules(12, 7);
    XmrChart without = s.chart();
    // Against 2024's limits every month of 2025 is beyond the upper limit and above the mean.
    assertThat(with(without, Signal.OUTSIDE_LIMITS))
        .containsExactly(13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24);
    XmrChart with = s.rebase(YearMonth.of(2025, 1), "new front door from January 2025").chart();
    assertThat(with.segments()).hasSize(2);
    Segment second = with.latest();
    assertThat(second.from()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(second.rebase().reason()).isEqualTo("new front door from January 2025");
    // 2025 alone: mean 20, mean moving range 2 (the jump from 9 to 21 is in neither segment).
    assertThat(second.mean()).isCloseTo(20, within(EXACT));
    assertThat(second.meanMovingRange()).isCloseTo(2, within(EXACT));
    assertThat(second.lower()).isCloseTo(14.68, within(EXACT));
    assertThat(second.upper()).isCloseTo(25.32, within(EXACT));
    assertThat(with.segments().get(0).upper()).isCloseTo(15.32, within(EXACT));
    assertThat(special(with)).isEmpty();
    assertThat(with.segmentOf(YearMonth.of(2024, 12))).isSameAs(with.segments().get(0));
  }

  @Test
  void aRebaseBeforeTheFirstMonthOnlyNamesTheOpeningSegment() {
    XmrChart c = Series.base().rebase(YearMonth.of(2023, 6), "new definition").chart();
    assertThat(c.segments()).hasSize(1);
    assertThat(c.latest().rebase().reason()).isEqualTo("new definition");
    assertThat(c.latest().mean()).isCloseTo(10, within(EXACT));
  }

  @Test
  void assuranceWhereHigherIsBetterJudgesTheTargetAgainstTheLimits() {
    // Limits 4.68 and 15.32.
    assertThat(Series.base().target(4.0).chart().assurance()).isEqualTo(Assurance.CONSISTENTLY_MET);
    // A target on the lower limit is reached by every value the limits allow.
    assertThat(Series.base().target(4.68).chart().assurance())
        .isEqualTo(Assurance.CONSISTENTLY_MET);
    assertThat(Series.base().target(10.0).chart().assurance()).isEqualTo(Assurance.HIT_AND_MISS);
    // On the upper limit, the top of the process just reaches it.
    assertThat(Series.base().target(15.32).chart().assurance()).isEqualTo(Assurance.HIT_AND_MISS);
    assertThat(Series.base().target(16.0).chart().assurance())
        .isEqualTo(Assurance.CONSISTENTLY_MISSED);
  }

  @Test
  void assuranceWhereLowerIsBetterIsTheReverse() {
    Series low = Series.base().polarity(Polarity.LOW);
    assertThat(low.target(16.0).chart().assurance()).isEqualTo(Assurance.CONSISTENTLY_MET);
    assertThat(low.target(15.32).chart().assurance()).isEqualTo(Assurance.CONSISTENTLY_MET);
    assertThat(low.target(10.0).chart().assurance()).isEqualTo(Assurance.HIT_AND_MISS);
    assertThat(low.target(4.68).chart().assurance()).isEqualTo(Assurance.HIT_AND_MISS);
    assertThat(low.target(4.0).chart().assurance()).isEqualTo(Assurance.CONSISTENTLY_MISSED);
  }

  @Test
  void thereIsNoAssuranceWithoutATargetOrWithoutAGoodSide() {
    assertThat(Series.base().chart().assurance()).isEqualTo(Assurance.NONE);
    assertThat(Series.base().target(4.0).polarity(Polarity.NONE).chart().assurance())
        .isEqualTo(Assurance.NONE);
  }

  @Test
  void assuranceUsesTheLimitsAfterTheLatestRebase() {
    // After the rebase the limits are 14.68 to 25.32: a target of 12 (higher is better) is met.
    XmrChart c =
        Series.base()
            .then(21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19)
            .rebase(YearMonth.of(2025, 1), "new front door")
            .target(12.0)
            .chart();
    assertThat(c.assurance()).isEqualTo(Assurance.CONSISTENTLY_MET);
    assertThat(Series.base().target(12.0).chart().assurance()).isEqualTo(Assurance.HIT_AND_MISS);
  }

  @Test
  void monthsOutOfOrderAreRefused() {
    var a = new Observation(YearMonth.of(2024, 2), 1.0);
    var b = new Observation(YearMonth.of(2024, 1), 1.0);
    assertThatThrownBy(
            () -> XmrChart.of(List.of(a, b), Polarity.HIGH, null, List.of(), XmrRules.standard()))
        .hasMessageContaining("in order");
  }

  @Test
  void aBaselineOutsideTwelveToTwentyAndARunOtherThanSixOrSevenAreRefused() {
    assertThatThrownBy(() -> new XmrRules(11, 7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new XmrRules(21, 7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new XmrRules(20, 8)).isInstanceOf(IllegalArgumentException.class);
  }
}
