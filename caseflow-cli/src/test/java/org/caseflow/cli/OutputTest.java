package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTest {
  @Test
  void aTableThatFitsIsLaidOutWithTwoSpacesBetweenColumns() {
    assertThat(Output.table(List.of("id", "value"), List.of(List.of("IN05", "3,959"))))
        .isEqualTo("id    value\n----  -----\nIN05  3,959\n");
  }

  @Test
  void aTableWiderThanAHundredAndTwentyColumnsShortensItsWidestCells() {
    String name = "n".repeat(150);
    String note = "x".repeat(60);
    String table =
        Output.table(List.of("id", "name", "note"), List.of(List.of("IN01", name, note)));
    // 4 + 2 + 150 + 2 + 60 = 218 columns: the widest is narrowed first, until the name and the
    // note share the 112 columns left, 56 each, ending in an ellipsis.
    assertThat(table.lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(120));
    assertThat(table.lines().toList().get(2))
        .isEqualTo("IN01  " + "n".repeat(55) + "…  " + "x".repeat(55) + "…");
  }

  @Test
  void aTableOfTheMainColumnsKeepsThemInTheOrderGiven() {
    assertThat(
            Output.table(
                List.of("id", "name", "polarity"),
                List.of(List.of("IN07", "Re-referrals", "low")),
                List.of("polarity", "id")))
        .isEqualTo("polarity  id\n--------  ----\nlow       IN07\n");
  }

  @Test
  void aParagraphIsWrappedBetweenWordsWithItsHangingIndent() {
    String text = "IN02   " + "word ".repeat(40).strip();
    String wrapped = Output.wrap(text, 7);
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(120));
    assertThat(wrapped.lines().toList())
        .hasSize(2)
        .satisfies(l -> assertThat(l.get(0)).startsWith("IN02   word word"))
        .satisfies(l -> assertThat(l.get(1)).startsWith("       word").doesNotEndWith(" "));
    assertThat(wrapped.replace("\n       ", " ")).isEqualTo(text + "\n");
  }
}
