package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's "Signal or noise" section on the small council (2025-26-Q4: the 24 months April 2024
 * to March 2026), where some months count one to five: the full version judges every indicator with
 * a monthly series, the public one hides the judgement of those with a small month.
 */
class SpcSectionTest {
  private static Block.Table table(Document d) {
    boolean in = false;
    for (Block b : d.blocks()) {
      if (b instanceof Block.Heading h) {
        in = h.text().equals("Signal or noise");
      }
      if (in && b instanceof Block.Table t) {
        return t;
      }
    }
    throw new AssertionError("no Signal or noise table");
  }

  private static List<String> column(Block.Table t, int k) {
    List<String> out = new ArrayList<>();
    t.rows().forEach(r -> out.add(r.get(k).text()));
    return out;
  }

  @Test
  void theFullVersionGivesEveryMonthlyIndicatorsVariationAndAssurance() throws Exception {
    Document d = Rendered.full().doc;
    Block.Table t = table(d);
    assertThat(t.header())
        .containsExactly("Indicator", "Variation", "Assurance", "What the latest months say");
    assertThat(column(t, 0)).anyMatch(s -> s.startsWith("IN05 "));
    assertThat(column(t, 1)).noneMatch(s -> s.equals("Not shown"));
    assertThat(column(t, 1))
        .allMatch(
            s ->
                s.startsWith("Common cause (")
                    || s.startsWith("Improving (")
                    || s.startsWith("Concerning (")
                    || s.startsWith("Higher (")
                    || s.startsWith("Lower ("));
    assertThat(Rendered.full().html).contains("<h2 id=\"signal-or-noise\">Signal or noise</h2>");
  }

  @Test
  void thePublicVersionHidesTheJudgementOfAnIndicatorWithASmallMonthAndSaysWhy() throws Exception {
    Block.Table t = table(Rendered.pub().doc);
    List<String> hidden =
        t.rows().stream()
            .filter(r -> r.get(1).text().equals("Not shown"))
            .map(r -> r.get(3).text())
            .toList();
    assertThat(hidden).isNotEmpty();
    assertThat(hidden)
        .allMatch(
            s ->
                s.startsWith("The mean, limits and signals are not shown, because ")
                    && s.endsWith("a count of one to five."));
    assertThat(Rendered.pub().html).contains("In this public version a month whose count is one");
    // The same indicators are listed in both versions.
    assertThat(column(t, 0)).isEqualTo(column(table(Rendered.full().doc), 0));
  }
}
