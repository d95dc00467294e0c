package org.caseflow.web.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseflow.compare.Rag;
import org.caseflow.measure.Stage;
import org.junit.jupiter.api.Test;

/** The scorecard's summary tiles, filters, search and orders, on a small fixture of rows. */
class TilesAndFiltersTest {
  /** A row with defaults: no move, not rated. */
  private static Row row(int order, String id, String name, Stage stage, Rag rag, Double move) {
    return new Row(
        order,
        id,
        name,
        stage,
        "10",
        "8",
        rag,
        "none",
        "–",
        "–",
        "No published comparison",
        move == null ? "was unchanged" : move > 0 ? "rose" : "fell",
        move != null,
        move,
        null,
        "",
        null);
  }

  /**
   * Seven rows. Inputs: IN01 red (+50%), IN02 green, IN03 too few to rate. Processes: PR01 red
   * (-10%), PR02 amber (+25%), PR03 no rating. Outputs: OC01 green (-80%).
   */
  static final List<Row> ROWS =
      List.of(
          row(0, "IN01", "Referrals", Stage.INPUTS, Rag.RED, 0.5),
          row(1, "IN02", "Re-referrals", Stage.INPUTS, Rag.GREEN, null),
          row(2, "IN03", "Contacts", Stage.INPUTS, Rag.TOO_FEW, null),
          row(3, "PR01", "Assessments in 45 days", Stage.PROCESSES, Rag.RED, -0.1),
          row(4, "PR02", "ICPCs in 15 days", Stage.PROCESSES, Rag.AMBER, 0.25),
          row(5, "PR03", "Visits", Stage.PROCESSES, Rag.NONE, null),
          row(6, "OC01", "Children in need", Stage.OUTPUTS, Rag.GREEN, -0.8));

  @Test
  void eachStagesTileCountsItsStatusesAndNamesWhatMovedMost() {
    Tiles t = Tiles.of(ROWS);
    // Inputs, Processes, Outputs (the stages with rows), then all stages.
    assertThat(t.tiles())
        .extracting(Tiles.Tile::title)
        .containsExactly("Inputs", "Processes", "Outputs", "All stages");
    Tiles.Tile inputs = t.tiles().get(0);
    // Inputs: red IN01; green IN02; not rated IN03 (too few); amber none.
    assertThat(counts(inputs)).containsExactly(1, 0, 1, 1);
    assertThat(inputs.movedMost().id()).isEqualTo("IN01");
    Tiles.Tile processes = t.tiles().get(1);
    // Processes: red PR01, amber PR02, not rated PR03. PR02 moved 25%, PR01 10%: PR02 most.
    assertThat(counts(processes)).containsExactly(1, 1, 0, 1);
    assertThat(processes.movedMost().id()).isEqualTo("PR02");
    assertThat(processes.moved()).isEqualTo("PR02 ICPCs in 15 days rose: 8 to 10");
    Tiles.Tile all = t.tiles().get(3);
    // All: red IN01, PR01 = 2; amber PR02 = 1; green IN02, OC01 = 2; not rated IN03, PR03 = 2.
    assertThat(counts(all)).containsExactly(2, 1, 2, 2);
    assertThat(all.total()).isEqualTo(7);
    // OC01 fell 80%, the largest move of all (a fall counts by its size).
    assertThat(all.movedMost().id()).isEqualTo("OC01");
  }

  private static List<Integer> counts(Tiles.Tile t) {
    return List.of(
        t.count(Row.Status.RED),
        t.count(Row.Status.AMBER),
        t.count(Row.Status.GREEN),
        t.count(Row.Status.UNRATED));
  }

  private static Query query(String... pairs) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (int k = 0; k < pairs.length; k += 2) {
      m.put(pairs[k], pairs[k + 1]);
    }
    return Query.parse(m::get);
  }

  private static List<String> ids(List<Row> rows) {
    return rows.stream().map(Row::id).toList();
  }

  @Test
  void offTargetOnlyKeepsTheRedAndAmberInCatalogueOrder() {
    assertThat(ids(query("off", "on").select(ROWS, null))).containsExactly("IN01", "PR01", "PR02");
  }

  @Test
  void aStageAndAStatusNarrowTogether() {
    assertThat(ids(query("stage", "processes", "status", "unrated").select(ROWS, null)))
        .containsExactly("PR03");
    assertThat(ids(query("status", "green").select(ROWS, null))).containsExactly("IN02", "OC01");
  }

  @Test
  void changedSinceThePreviousPeriodKeepsThoseThatMoved() {
    assertThat(ids(query("changed", "on").select(ROWS, null)))
        .containsExactly("IN01", "PR01", "PR02", "OC01");
  }

  @Test
  void searchMatchesTheIdOrTheNameWhateverTheCase() {
    assertThat(ids(query("q", "REFERRALS").select(ROWS, null))).containsExactly("IN01", "IN02");
    assertThat(ids(query("q", "pr0").select(ROWS, null))).containsExactly("PR01", "PR02", "PR03");
  }

  @Test
  void theOrdersPutOffTargetFirstTheBiggestMoveFirstOrTheNamesInOrder() {
    // Status: red (IN01, PR01), amber (PR02), green (IN02, OC01), not rated (IN03, PR03).
    assertThat(ids(query("sort", "status").select(ROWS, null)))
        .containsExactly("IN01", "PR01", "PR02", "IN02", "OC01", "IN03", "PR03");
    // Moves by size: OC01 80%, IN01 50%, PR02 25%, PR01 10%, then the unmoved in catalogue order.
    assertThat(ids(query("sort", "moved").select(ROWS, null)))
        .containsExactly("OC01", "IN01", "PR02", "PR01", "IN02", "IN03", "PR03");
    assertThat(ids(query("sort", "name").select(ROWS, null)))
        .containsExactly("PR01", "OC01", "IN03", "PR02", "IN02", "IN01", "PR03");
  }

  @Test
  void aShortListShowsOnlyItsIndicatorsInItsOwnOrder() {
    assertThat(ids(Query.ALL.select(ROWS, List.of("OC01", "IN02", "NOPE"))))
        .containsExactly("OC01", "IN02");
    assertThat(ids(query("off", "on").select(ROWS, List.of("PR02", "IN01", "IN02"))))
        .containsExactly("PR02", "IN01");
  }

  @Test
  void aPlainVisitIsOneWithNoFilterSortOrListAsked() {
    assertThat(query().plain()).isTrue();
    assertThat(query("period", "2024-25").plain()).isTrue();
    assertThat(query("list", "all").plain()).isFalse();
    assertThat(query("q", "x").plain()).isFalse();
  }
}
