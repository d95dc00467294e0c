package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.measure.Unit;
import org.junit.jupiter.api.Test;

/** Charts people can read in print: text size, lines labelled at their end, axes from zero. */
class ChartLayoutTest {
  private static final Pattern SVG =
      Pattern.compile(
          "<svg[^>]* width=\"(\\d+)\"[^>]* viewBox=\"0 0 (\\d+) \\d+\"[^>]*>(.*?)</svg>");
  private static final Pattern FONT = Pattern.compile("font-size=\"(\\d+(?:\\.\\d+)?)\"");

  @Test
  void everyChartTextIsAtLeastEightPointOnA4InTheFullAndCabinetReports() throws Exception {
    // A CSS pixel prints at 0.75 pt. Full report: 12 px text at 100 % = 9 pt; beside a concise
    // entry's table at 90 %: 12 x 0.9 x 0.75 = 8.1 pt.
    List<Double> sizes = new ArrayList<>();
    for (String html : List.of(Rendered.full().html, Rendered.cabinet().html)) {
      Matcher svg = SVG.matcher(html);
      while (svg.find()) {
        double scale = Double.parseDouble(svg.group(1)) / Double.parseDouble(svg.group(2));
        Matcher f = FONT.matcher(svg.group(3));
        while (f.find()) {
          sizes.add(Double.parseDouble(f.group(1)) * scale * 0.75);
        }
      }
    }
    assertThat(sizes).isNotEmpty().allSatisfy(pt -> assertThat(pt).isGreaterThanOrEqualTo(8.0));
    assertThat(sizes).contains(9.0);
    assertThat(sizes)
        .anySatisfy(pt -> assertThat(pt).isCloseTo(8.1, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void englandAndNeighboursAreLabelledAtTheirLinesEndMovedApartToBeRead() {
    Chart chart =
        new Chart(
            "Test",
            "Test chart",
            List.of("a", "b", "c"),
            List.of(
                new Chart.Series("Council", List.of(10.0, 20.0, 30.0), Chart.Kind.COUNCIL),
                new Chart.Series("England 2024-25", List.of(15.0, 15.0, 15.0), Chart.Kind.ENGLAND),
                new Chart.Series("Neighbours", List.of(14.0, 14.0, 14.0), Chart.Kind.NEIGHBOURS)),
            Unit.COUNT,
            false);
    String svg = Svg.render(List.of(chart), "c", false);
    // Ticks 0, 10, 20, 30 (span 30 / 5 = 6, rounded up to a step of 10). Plot: 196 - 28 - 42 =
    // 126 px high from y 28 (so its foot is at 154), 210 px wide from x 50 (right edge 260).
    // England 15 is at y 154 - 15 / 30 x 126 = 91, its label at (260 + 5, 91 + 4).
    // Neighbours 14 is at y 95.2, less than a line (13 px) below: its label goes to 104 + 4.
    assertThat(svg)
        .contains("<text x=\"265.0\" y=\"95.0\" font-size=\"12\" fill=\"#505a5f\">England</text>")
        .contains(
            "<text x=\"265.0\" y=\"108.0\" font-size=\"12\" fill=\"#a3501b\">Neighbours</text>");
    // The council's line is named under the chart; the England series' year is not on the label.
    assertThat(svg).contains(">Council</text>").doesNotContain(">England 2024-25<");
  }

  @Test
  void labelsPushedBelowThePlotAreMovedBackUpInsideIt() {
    // Ends at y 50, 52 and 200 in a plot from 30 to 170: 52 is pushed to 50 + 13 = 63; 200 is
    // held at the bottom, 170.
    List<double[]> places =
        Svg.labelPlaces(
            List.of(new double[] {1, 52}, new double[] {1, 200}, new double[] {1, 50}), 30, 170);
    assertThat(places.stream().map(p -> p[1]).toList()).containsExactly(50.0, 63.0, 170.0);
    assertThat(places.stream().map(p -> (int) p[2]).toList()).containsExactly(2, 0, 1);
  }

  @Test
  void axisLabelsAreSpacedSoTheLongestClearsTheNext() {
    // 13 months in a 210 px plot: 194 / 12 = 16.2 px between points; "Sept 2025" is 9 characters,
    // 9 x 12 x 0.6 + 6 = 70.8 px, so every 5th month (70.8 / 16.2 = 4.4, rounded up).
    List<String> months = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      months.add("Mar 2025");
    }
    months.add("Sept 2025");
    assertThat(Svg.every(months, 210)).isEqualTo(5);
    // 5 years "2021-22" in the same plot: 48.5 px apart; 7 x 7.2 + 6 = 56.4 px: every 2nd.
    assertThat(Svg.every(List.of("2021-22", "2022-23", "2023-24", "2024-25", "2025-26"), 210))
        .isEqualTo(2);
  }

  @Test
  void theAxisStartsAtZeroEvenWhenEveryValueIsFarAboveIt() {
    Chart chart =
        new Chart(
            "Test",
            "Test chart",
            List.of("a", "b"),
            List.of(new Chart.Series("Council", List.of(80.0, 90.0), Chart.Kind.COUNCIL)),
            Unit.PERCENT,
            false);
    // Range 0 to 90; 90 / 5 = 18, rounded up to a step of 20: 0, 20, ..., 100.
    assertThat(chart.ticks()).containsExactly(0, 20, 40, 60, 80, 100);
  }

  @Test
  void aTableItsNotesAndTheChartsAfterItAreKeptTogetherInOneExhibit() throws Exception {
    for (String html : List.of(Rendered.full().html, Rendered.cabinet().html)) {
      int exhibits = count(html, "<div class=\"exhibit\">");
      // The Cabinet paper charts only its key messages and what is rated against a target.
      assertThat(exhibits).isGreaterThan(html.equals(Rendered.full().html) ? 10 : 2);
      // Its table, then its notes, then its charts; or, in a concise entry, its chart beside it.
      Matcher m =
          Pattern.compile(
                  "<div class=\"exhibit\">\\n(<div class=\"brief\"><div class=\"charts side\">"
                      + "<svg |<table[^>]*>((?!</table>).)*</table>\\n(<p class=\"note\">[^<]*"
                      + "</p>\\n)*<div class=\"charts\"><svg )",
                  Pattern.DOTALL)
              .matcher(html);
      int kept = 0;
      while (m.find()) {
        kept++;
      }
      assertThat(kept).isEqualTo(exhibits);
      assertThat(count(html, "<svg ")).isGreaterThanOrEqualTo(exhibits);
    }
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
