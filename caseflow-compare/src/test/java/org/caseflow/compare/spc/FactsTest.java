package org.caseflow.compare.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.caseflow.measure.Polarity;
import org.junit.jupiter.api.Test;

/** The chart in sentences, on the hand-worked series of {@link XmrChartTest}. */
class FactsTest {
  @Test
  void sevenMonthsAboveTheMeanAreAChangeNotNoise() {
    // Months 13 to 19 (January to July 2025) are 10.5, above the mean of 10.
    XmrChart c = Series.base().then(10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5).chart();
    assertThat(Facts.of(c))
        .containsExactly(
            "Seven months above the mean since January 2025: a change, not noise (improvement)");
  }

  @Test
  void aPointBeyondTheUpperLimitIsAConcernWhenLowIsGood() {
    XmrChart c = Series.base().then(15.33).polarity(Polarity.LOW).target(12.0).chart();
    assertThat(Facts.of(c))
        .containsExactly(
            "January 2025 was above the upper process limit: a change, not noise (concern)",
            "Against the target: hit and miss: the target lies within the process limits and will"
                + " be met some months and missed others");
  }

  @Test
  void aCommonCauseMonthIsNoise() {
    assertThat(Facts.of(Series.base().chart()))
        .containsExactly(
            "December 2024 is within the process limits and part of no run or trend: the"
                + " movement from month to month is noise, not a change");
  }

  @Test
  void theNotesSayWhatTheReaderMustKnowAboutTheLimits() {
    XmrChart screened = Series.of(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 40).chart();
    assertThat(Facts.notes(screened))
        .containsExactly(
            "The moving range into December 2024 was more than 3.267 times the mean moving range"
                + " and left out of the limits");
    assertThat(Facts.notes(Series.of(11, 9, 11, 9, 11).chart()))
        .containsExactly("Limits are provisional: five months so far, 12 needed");
    XmrChart rebased =
        Series.base()
            .then(21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19)
            .rebase(YearMonth.of(2025, 1), "new front door")
            .chart();
    assertThat(Facts.notes(rebased))
        .containsExactly(
            "Limits worked out afresh from January 2025 (recorded by the council: new front door)");
  }
}
