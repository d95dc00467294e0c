package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.junit.jupiter.api.Test;

/**
 * What a suppressed presentation (the public report, a councillor) may show of a figure and of a
 * breakdown, worked by hand.
 */
class PresentationTest {
  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final ReportingPeriod Q4 = ReportingPeriod.parse("2025-26-Q4");
  private static final Presentation PUBLIC = Presentation.suppressed();
  private static final Presentation FULL = Presentation.full();

  private static Figure figure(String id, Double value, Double num, Double den) {
    Indicator i = CATALOGUE.find(id).orElseThrow();
    return new Figure(i, "808", Q4, value, num, den, List.of(), Map.of(), null);
  }

  @Test
  void aCountOfFourIsShownAsCInPublicAndAsFourInFull() {
    Figure contacts = figure("IN01", 4.0, 4.0, null); // IN01 is a count
    assertThat(PUBLIC.figure(contacts).value()).isEqualTo("c");
    assertThat(PUBLIC.figure(contacts).hidden()).isTrue();
    assertThat(FULL.figure(contacts).value()).isEqualTo("4");
  }

  @Test
  void aCountOfSixOrOfZeroIsShown() {
    assertThat(PUBLIC.figure(figure("IN01", 6.0, 6.0, null)).value()).isEqualTo("6");
    assertThat(PUBLIC.figure(figure("IN01", 0.0, 0.0, null)).value()).isEqualTo("0");
  }

  @Test
  void aPercentageOfThreeInFortyHidesTheNumeratorAndThePercentageButNotTheDenominator() {
    // 3 of 40 = 7.5%: the 3 is small; 40 alone does not give it away.
    Presentation.ShownFigure s = PUBLIC.figure(figure("IN07", 7.5, 3.0, 40.0));
    assertThat(s.numerator()).isEqualTo("c");
    assertThat(s.value()).isEqualTo("c");
    assertThat(s.denominator()).isEqualTo("40");
  }

  @Test
  void aPercentageOfThirtySevenInFortyIsHiddenBecauseThreeChildrenAreOutsideIt() {
    // 37 of 40: 40 - 37 = 3 children outside the numerator, recoverable by difference.
    Presentation.ShownFigure s = PUBLIC.figure(figure("IN07", 92.5, 37.0, 40.0));
    assertThat(s.numerator()).isEqualTo("c");
    assertThat(s.value()).isEqualTo("c");
    assertThat(s.denominator()).isEqualTo("40");
  }

  @Test
  void aDenominatorOfFiveHidesEverything() {
    Presentation.ShownFigure s = PUBLIC.figure(figure("IN07", 0.0, 0.0, 5.0));
    assertThat(List.of(s.value(), s.numerator(), s.denominator())).containsOnly("c");
  }

  @Test
  void aMeanOverFourChildrenIsHidden() {
    // AD01 is a mean of days: over 4 children it tells about individuals.
    Presentation.ShownFigure s = PUBLIC.figure(figure("AD01", 400.0, 1600.0, 4.0));
    assertThat(s.value()).isEqualTo("c");
    assertThat(s.denominator()).isEqualTo("c");
  }

  @Test
  void aRateHidesASmallNumeratorButShowsThePopulation() {
    // 3 referrals per 45,079 children = 0.67 per 10,000.
    Presentation.ShownFigure s = PUBLIC.figure(figure("IN02", 0.665, 3.0, 45079.0));
    assertThat(s.value()).isEqualTo("c");
    assertThat(s.numerator()).isEqualTo("c");
    assertThat(s.denominator()).isEqualTo("45,079");
  }

  @Test
  void oneSmallCellInABreakdownHidesTheNextSmallestToo() {
    // 3, 20, 7, 0 with total 30: the 3 alone could be found as 30 - 20 - 7 - 0,
    // so the next smallest non-zero cell (7) goes as well; 0 stays.
    boolean[] hide = PUBLIC.hidden(List.of(3L, 20L, 7L, 0L), 30);
    assertThat(hide).containsExactly(true, false, true, false, false);
  }

  @Test
  void twoSmallCellsNeedNoSecondaryCell() {
    // 2 + 4 = 6 is known from the total, but neither cell alone.
    boolean[] hide = PUBLIC.hidden(List.of(2L, 4L, 20L), 26);
    assertThat(hide).containsExactly(true, true, false, false);
  }

  @Test
  void aSmallTotalHidesEveryNonZeroCellAndTheTotal() {
    boolean[] hide = PUBLIC.hidden(List.of(2L, 0L, 1L), 3);
    assertThat(hide).containsExactly(true, false, true, true);
  }

  @Test
  void theFullVersionHidesNothing() {
    assertThat(FULL.hidden(List.of(2L, 0L, 1L), 3)).containsExactly(false, false, false, false);
  }

  @Test
  void aSentenceLosesItsBracketWhenItWouldShowASmallNumber() {
    assertThat(PUBLIC.sentence("is above statistical neighbours (8 against 4)"))
        .isEqualTo("is above statistical neighbours");
    assertThat(PUBLIC.sentence("is below statistical neighbours (28.5% against 18.7%)"))
        .isEqualTo("is below statistical neighbours (28.5% against 18.7%)");
    assertThat(PUBLIC.sentence("worsened for the third quarter running"))
        .isEqualTo("worsened for the third quarter running");
    assertThat(FULL.sentence("is above statistical neighbours (8 against 4)"))
        .isEqualTo("is above statistical neighbours (8 against 4)");
  }

  @Test
  void smallNumbersAreFoundAloneButNotInsideCodesDecimalsOrYears() {
    assertThat(Formats.SMALL.matcher("3 children").find()).isTrue();
    assertThat(Formats.SMALL.matcher("total 5").find()).isTrue();
    for (String s : List.of("2025-26-Q4", "3.5%", "0.5", "Section 47", "13 months", "45,079")) {
      assertThat(Formats.SMALL.matcher(s).find()).as(s).isFalse();
    }
  }
}
