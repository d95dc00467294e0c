package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts' scales and text alternatives. */
class SvgTest {
  @Test
  void aTrendsGridlinesFallOnRoundSteps() {
    // 0 to 3 in four steps is 0.75 a step: rounded up to 1 (0, 1, 2, 3).
    assertThat(Svg.niceStep(0.75)).isEqualTo(1.0);
    // 0 to 49.4 in four: 12.35 a step, rounded up to 2 × 10 = 20.
    assertThat(Svg.niceStep(12.35)).isEqualTo(20.0);
    assertThat(Svg.niceStep(0.3)).isEqualTo(0.5);
    assertThat(Svg.niceStep(1800)).isEqualTo(2000.0);
  }

  @Test
  void aCountsTrendFromZeroIsLabelledAtWholeNumbersWithItsReferenceLinesNamed() {
    String svg =
        Svg.trend(
                Arrays.asList(0.0, 1.0, null, 3.0),
                List.of("2021-22", "2022-23", "2023-24", "2024-25"),
                "Trend: 2021-22 0, 2022-23 1, 2023-24 c, 2024-25 3",
                List.of(new Svg.Reference("Target", 2.0, Svg.Kind.TARGET)),
                true)
            .html();
    // Steps of 1 from 0 to 3: four gridline labels.
    assertThat(svg).contains(">0</text>", ">1</text>", ">2</text>", ">3</text>");
    assertThat(svg).contains(">Target: 2</text>", "stroke-dasharray");
    assertThat(svg).contains("<title>Trend: 2021-22 0, 2022-23 1, 2023-24 c, 2024-25 3</title>");
  }

  @Test
  void aSparklineWritesItsLowestAndHighestValue() {
    String svg = Svg.sparkline(List.of(12.5, 20.0, 15.0), "Trend: a, b, c").html();
    assertThat(svg).contains(">20</text>", ">12.5</text>");
  }

  @Test
  void theDotPlotEscapesItsLabel() {
    String svg =
        Svg.dotPlot(
                List.of(
                    new Svg.Reference("Council", 1, Svg.Kind.COUNCIL),
                    new Svg.Reference("England", 2, Svg.Kind.ENGLAND)),
                "<script>")
            .html();
    assertThat(svg).contains("&lt;script&gt;").doesNotContain("<script>");
  }
}
