package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Stage;
import org.caseflow.measure.Unit;
import org.junit.jupiter.api.Test;

/** The one vocabulary every output writes numbers, dates, periods and stages in. */
class FormatsTest {
  private static final Catalogue CATALOGUE = Catalogue.load();

  @Test
  void numbersHaveThousandsSeparatorsAndTheDecimalsOfTheirUnit() {
    assertThat(Formats.value(722580.6, Unit.COUNT)).isEqualTo("722,581");
    assertThat(Formats.value(28.75, Unit.PERCENT)).isEqualTo("28.8%");
    assertThat(Formats.value(1234.56, Unit.RATE_PER_10K)).isEqualTo("1,234.6");
    assertThat(Formats.value(17.25, Unit.RATIO)).isEqualTo("17.3");
    assertThat(Formats.value(null, Unit.COUNT)).isEqualTo("–");
    assertThat(Formats.phrase(612, Unit.RATE_PER_10K)).isEqualTo("612.0 per 10,000");
  }

  @Test
  void anAmountInPoundsIsWholePoundsWithTheSign() {
    // FN01, the projected variance against budget, sums pounds.
    var variance = CATALOGUE.find("FN01").orElseThrow();
    assertThat(Formats.value(722580.6, variance)).isEqualTo("£722,581");
    assertThat(Formats.value(-1200.0, variance)).isEqualTo("-£1,200");
    // FN02 sums pounds too, but its value is a percentage.
    assertThat(Formats.value(101.25, CATALOGUE.find("FN02").orElseThrow())).isEqualTo("101.3%");
  }

  @Test
  void datesAndPeriodsAreWrittenAsCommitteesWriteThem() {
    assertThat(Formats.date(LocalDate.of(2022, 7, 21))).isEqualTo("21 July 2022");
    assertThat(Formats.period(ReportingPeriod.parse("2025-26-Q4")))
        .isEqualTo("2025-26-Q4 (January to March 2026)");
    // A period's name comes from its days and kind, not from the label it was made with.
    assertThat(Formats.label(Scorecard.previous(ReportingPeriod.parse("2025-26-Q1"))))
        .isEqualTo("2024-25-Q4");
    assertThat(Formats.label(Scorecard.lastYear(ReportingPeriod.parse("2025-26"))))
        .isEqualTo("2024-25");
    assertThat(Formats.label(Scorecard.previous(ReportingPeriod.parse("2025-01"))))
        .isEqualTo("2024-12");
    assertThat(Formats.label(Scorecard.previous(ReportingPeriod.parse("R12:2025-06"))))
        .isEqualTo("R12:2024-06");
  }

  @Test
  void aPapersTitleSaysThePeriodInWordsForEveryKindOfPeriod() {
    // Q4 of 2025-26 is January to March 2026; a year is its own label; a month and a rolling
    // year are named by their last month.
    assertThat(Formats.periodInWords(ReportingPeriod.parse("2025-26-Q4")))
        .isEqualTo("quarter 4, 2025-26");
    assertThat(Formats.periodInWords(ReportingPeriod.parse("2025-26-Q1")))
        .isEqualTo("quarter 1, 2025-26");
    assertThat(Formats.periodInWords(ReportingPeriod.parse("2024-25"))).isEqualTo("2024-25");
    assertThat(Formats.periodInWords(ReportingPeriod.parse("2025-02"))).isEqualTo("February 2025");
    assertThat(Formats.periodInWords(ReportingPeriod.parse("R12:2025-02")))
        .isEqualTo("the 12 months to February 2025");
    assertThat(Formats.thisPeriod(ReportingPeriod.parse("2025-26-Q4"))).isEqualTo("this quarter");
  }

  @Test
  void everyStageHasOneTitle() {
    assertThat(Formats.stageTitle(Stage.PROCESSES))
        .isEqualTo("Processes: timeliness and quality of statutory work");
    assertThat(Formats.stageWord(Stage.LOCAL)).isEqualTo("Local measures");
  }
}
