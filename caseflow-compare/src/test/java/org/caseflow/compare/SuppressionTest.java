package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.caseflow.compare.Suppression.Cell;
import org.caseflow.compare.Suppression.ShownFigure;
import org.caseflow.measure.Unit;
import org.junit.jupiter.api.Test;

/** Small numbers suppressed as DfE does, worked by hand. */
class SuppressionTest {
  private static final Cell C = Cell.hidden();

  private static Cell n(double v) {
    return Cell.shown(v);
  }

  @Test
  void aCountOfFiveIsSuppressedAndSixIsShownAndZeroIsShown() {
    assertThat(Suppression.figure(Unit.COUNT, 5.0, 5.0, null).value()).isEqualTo(C);
    assertThat(Suppression.figure(Unit.COUNT, 6.0, 6.0, null).value()).isEqualTo(n(6));
    assertThat(Suppression.figure(Unit.COUNT, 0.0, 0.0, null).value()).isEqualTo(n(0));
    assertThat(Suppression.figure(Unit.COUNT, 1.0, 1.0, null).value()).isEqualTo(C);
  }

  @Test
  void aPercentageOverASmallNumeratorHidesTheValueButShowsTheDenominator() {
    // 3 of 40 = 7.5%: the 3 would be recovered from 7.5% of 40, so both go.
    ShownFigure f = Suppression.figure(Unit.PERCENT, 7.5, 3.0, 40.0);
    assertThat(f).isEqualTo(new ShownFigure(C, C, n(40)));
  }

  @Test
  void aPercentageWithFewChildrenOutsideTheNumeratorIsSuppressedToo() {
    // 38 of 40 = 95%: the 2 children outside it are 40 - 38, so the 38 and the 95% go.
    ShownFigure f = Suppression.figure(Unit.PERCENT, 95.0, 38.0, 40.0);
    assertThat(f).isEqualTo(new ShownFigure(C, C, n(40)));
  }

  @Test
  void aPercentageOfEveryChildIsShownBecauseNobodyIsOutsideIt() {
    ShownFigure f = Suppression.figure(Unit.PERCENT, 100.0, 40.0, 40.0);
    assertThat(f).isEqualTo(new ShownFigure(n(100), n(40), n(40)));
  }

  @Test
  void aPercentageOfASmallDenominatorHidesEverything() {
    ShownFigure f = Suppression.figure(Unit.PERCENT, 0.0, 0.0, 4.0);
    assertThat(f).isEqualTo(new ShownFigure(C, C, C));
  }

  @Test
  void aRateShowsThePopulationEvenWhenTheCountIsSuppressed() {
    ShownFigure f = Suppression.figure(Unit.RATE_PER_10K, 1.2, 4.0, 33_000.0);
    assertThat(f).isEqualTo(new ShownFigure(C, C, n(33_000)));
  }

  @Test
  void aMeanOverFiveChildrenIsSuppressedButOverSixIsShown() {
    assertThat(Suppression.figure(Unit.MEAN, 300.0, 1500.0, 5.0))
        .isEqualTo(new ShownFigure(C, C, C));
    // The numerator of a mean is a sum of days, not a count of children: 4 days is shown.
    assertThat(Suppression.figure(Unit.MEAN, 0.5, 3.0, 6.0))
        .isEqualTo(new ShownFigure(n(0.5), n(3), n(6)));
  }

  @Test
  void aCaseloadOverFourWorkersIsSuppressed() {
    // 70 cases held by 4.0 FTE: 17.5 each describes those four workers.
    assertThat(Suppression.figure(Unit.RATIO, 17.5, 70.0, 4.0)).isEqualTo(new ShownFigure(C, C, C));
    assertThat(Suppression.figure(Unit.RATIO, 17.0, 170.0, 10.0))
        .isEqualTo(new ShownFigure(n(17), n(170), n(10)));
  }

  @Test
  void aBreakdownWithOneSmallCategoryLosesItsSmallestOtherCategoryToo() {
    Map<String, Long> plans = new LinkedHashMap<>();
    plans.put("Neglect", 120L);
    plans.put("Emotional abuse", 95L);
    plans.put("Physical abuse", 12L);
    plans.put("Sexual abuse", 3L);
    plans.put("Multiple", 0L);
    // Total 230. Sexual abuse (3) is primary; 230 - 120 - 95 - 12 - 0 would give it back, so the
    // smallest other non-zero category, physical abuse (12), goes too. Zero stays.
    assertThat(Suppression.breakdown(plans, "Total"))
        .containsExactly(
            Map.entry("Neglect", n(120)),
            Map.entry("Emotional abuse", n(95)),
            Map.entry("Physical abuse", C),
            Map.entry("Sexual abuse", C),
            Map.entry("Multiple", n(0)),
            Map.entry("Total", n(230)));
  }

  @Test
  void aBreakdownWithTwoSmallCategoriesNeedsNothingMore() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("a", 50L);
    m.put("b", 2L);
    m.put("c", 4L);
    assertThat(Suppression.breakdown(m, "t"))
        .containsExactly(
            Map.entry("a", n(50)), Map.entry("b", C), Map.entry("c", C), Map.entry("t", n(56)));
  }

  @Test
  void aSmallTotalIsSuppressedWithEveryNonZeroCategory() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("a", 3L);
    m.put("b", 0L);
    m.put("c", 1L);
    assertThat(Suppression.breakdown(m, "t"))
        .containsExactly(
            Map.entry("a", C), Map.entry("b", n(0)), Map.entry("c", C), Map.entry("t", C));
  }

  @Test
  void aTableIsProtectedAcrossRowsAndColumns() {
    // Ceased by reason (columns: adopted, SGO, home) for two age groups (rows).
    //            adopted  SGO  home | total
    // under 10      2     20    30  |  52
    // 10 and over   0     15    40  |  55
    // total         2     35    70  | 107
    // Primary: [0][0]=2 and the column total 2. First pass, rows: row 0 has one suppressed cell,
    // so its smallest other, 20, goes; the totals row has one (the 2), so its smallest other
    // category, 35, goes. Columns: adopted has 2 and its total (two), SGO has 20 and 35 (two),
    // the rest none. Second pass changes nothing. What is left cannot be solved: a + b = 22,
    // c + d = 37, a = c, b + 15 = d has many solutions.
    Cell[][] t = Suppression.table(new long[][] {{2, 20, 30}, {0, 15, 40}});
    assertThat(t[0]).containsExactly(C, C, n(30), n(52));
    assertThat(t[1]).containsExactly(n(0), n(15), n(40), n(55));
    assertThat(t[2]).containsExactly(C, C, n(70), n(107));
  }

  @Test
  void aSuppressedCellShowsTheMarkAndNeverItsNumber() {
    assertThat(C.text(d -> String.valueOf(d))).isEqualTo("c");
    assertThat(n(7).text(d -> String.format("%.0f", d))).isEqualTo("7");
    assertThat(Cell.shown(null).text(d -> "x")).isEqualTo("-");
  }

  /** No line of a suppressed table gives a suppressed cell back by subtraction. */
  @Property(tries = 300)
  void noRowOrColumnHasExactlyOneSuppressedCell(
      @ForAll @Size(min = 1, max = 4)
          List<@Size(value = 3) List<@IntRange(min = 0, max = 12) Integer>> rows) {
    long[][] counts = new long[rows.size()][3];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < 3; j++) {
        counts[i][j] = rows.get(i).get(j);
      }
    }
    Cell[][] t = Suppression.table(counts);
    for (Cell[] row : t) {
      assertThat(java.util.Arrays.stream(row).filter(Cell::suppressed).count()).isNotEqualTo(1);
    }
    for (int j = 0; j < t[0].length; j++) {
      int col = j;
      assertThat(java.util.Arrays.stream(t).filter(r -> r[col].suppressed()).count())
          .isNotEqualTo(1);
    }
    for (Cell[] row : t) {
      for (Cell c : row) {
        assertThat(!c.suppressed() && Suppression.isSmall(c.number())).isFalse();
      }
    }
  }
}
