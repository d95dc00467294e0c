package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Published;
import org.junit.jupiter.api.Test;

/** The dashboard's position says which end is best and which year it is for (issue 15). */
class PositionTest {
  private static Benchmark benchmark(Integer rank, String band) {
    return new Benchmark(
        "M",
        2025,
        new Published.Cell(20.0, null, "2024-25"),
        22.0,
        21.0,
        "North East",
        List.of(),
        19.0,
        19.0,
        10,
        null,
        band,
        rank,
        150,
        "DfE statistical neighbours 2025");
  }

  @Test
  void aRankAndBandSayThatOneAndAAreBestAndNameTheYear() {
    assertThat(org.caseflow.compare.Presentation.position(benchmark(3, "A"), "2024-25"))
        .isEqualTo("Rank 3 of 150 (1 = best), band A (A = best) (2024-25)");
  }

  @Test
  void aFigureTheRuleDoesNotRankSaysSo() {
    assertThat(
            org.caseflow.compare.Presentation.position(
                benchmark(null, null).withoutPosition(), "2024-25"))
        .isEqualTo("Not ranked (2024-25)");
  }
}
