package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseflow.measure.Polarity;
import org.caseflow.measure.Unit;
import org.junit.jupiter.api.Test;

class RagAndDirectionTest {
  private static final Target TEN_WITHIN_TWO = new Target(10, null, 2, "local target");

  @Test
  void lowerIsBetterIsGreenAtTheTargetAmberAtTheExactToleranceAndRedBeyond() {
    assertThat(Rag.judge(10.0, TEN_WITHIN_TWO, Polarity.LOW)).isEqualTo(Rag.GREEN);
    assertThat(Rag.judge(12.0, TEN_WITHIN_TWO, Polarity.LOW)).isEqualTo(Rag.AMBER);
    assertThat(Rag.judge(12.1, TEN_WITHIN_TWO, Polarity.LOW)).isEqualTo(Rag.RED);
    assertThat(Rag.judge(3.0, TEN_WITHIN_TWO, Polarity.LOW)).isEqualTo(Rag.GREEN);
  }

  @Test
  void higherIsBetterIsGreenAtTheTargetAmberAtTheExactToleranceAndRedBeyond() {
    assertThat(Rag.judge(10.0, TEN_WITHIN_TWO, Polarity.HIGH)).isEqualTo(Rag.GREEN);
    assertThat(Rag.judge(8.0, TEN_WITHIN_TWO, Polarity.HIGH)).isEqualTo(Rag.AMBER);
    assertThat(Rag.judge(7.9, TEN_WITHIN_TWO, Polarity.HIGH)).isEqualTo(Rag.RED);
  }

  @Test
  void contextualMeasuresAndMissingValuesGetNoRatingButStillAWordAndSymbol() {
    assertThat(Rag.judge(10.0, TEN_WITHIN_TWO, Polarity.NONE)).isEqualTo(Rag.NONE);
    assertThat(Rag.judge(null, TEN_WITHIN_TWO, Polarity.HIGH)).isEqualTo(Rag.NONE);
    for (Rag r : Rag.values()) {
      assertThat(r.word()).isNotBlank();
      assertThat(r.symbol()).isNotBlank();
    }
  }

  @Test
  void aFallInReReferralsIsAnImprovement() {
    assertThat(Direction.of(25.0, 22.0, Polarity.LOW)).isEqualTo(Direction.IMPROVED);
    assertThat(Direction.of(25.0, 22.0, Polarity.HIGH)).isEqualTo(Direction.WORSENED);
    assertThat(Direction.of(25.0, 22.0, Polarity.NONE)).isEqualTo(Direction.DOWN);
    assertThat(Direction.of(25.01, 25.04, Polarity.LOW)).isEqualTo(Direction.UNCHANGED);
    assertThat(Direction.of(null, 25.0, Polarity.LOW)).isEqualTo(Direction.UNKNOWN);
  }

  @Test
  void narrativeFactsReadAsCommitteeSentencesInTheSharedNumberFormats() {
    // Rates and percentages with one decimal place, as the report's and the dashboard's tables.
    assertThat(new Narrative.VersusNeighbours(612, 498, Unit.RATE_PER_10K, true).sentence())
        .isEqualTo(
            "remains above statistical neighbours (612.0 per 10,000 against 498.0 per 10,000)");
    assertThat(Narrative.runOf(List.of(30.0, 28.0, 26.0, 24.0), Polarity.LOW, "quarter").sentence())
        .isEqualTo("improved for the third quarter running");
    assertThat(
            new Narrative.VersusTarget(Rag.RED, new Target(10, null, 1, "local"), Unit.PERCENT)
                .sentence())
        .isEqualTo("is adrift of the target of 10.0%");
  }
}
