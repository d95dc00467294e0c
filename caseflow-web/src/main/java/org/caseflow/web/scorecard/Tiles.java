package org.caseflow.web.scorecard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caseflow.compare.Formats;
import org.caseflow.measure.Stage;

/**
 * The scorecard's summary: for each stage (and all of them), how many indicators are red, amber,
 * green and not rated, and which moved most since the previous period.
 *
 * @param tiles one per stage with indicators, then the total
 */
record Tiles(List<Tile> tiles) {
  /**
   * One stage's tile.
   *
   * @param stage the stage, or null for every stage
   * @param title its short name
   * @param counts how many in each status group, in {@link Row.Status} order
   * @param movedMost the row that moved most (relative to its previous value), or null
   */
  record Tile(Stage stage, String title, Map<Row.Status, Integer> counts, Row movedMost) {
    int count(Row.Status s) {
      return counts.getOrDefault(s, 0);
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    String stageKey() {
      return stage == null ? "" : stage.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The move in words: "IN05 Referrals rose: 1,204 to 1,380", or null. */
    String moved() {
      if (movedMost == null) {
        return null;
      }
      return movedMost.id()
          + " "
          + movedMost.name()
          + " "
          + movedMost.change()
          + ": "
          + movedMost.previous()
          + " to "
          + movedMost.value();
    }
  }

  /** The tiles of the rows (the list in view, before the stage and status filters). */
  static Tiles of(List<Row> rows) {
    List<Tile> out = new ArrayList<>();
    for (Stage s : Stage.values()) {
      List<Row> in = rows.stream().filter(r -> r.stage() == s).toList();
      if (!in.isEmpty()) {
        out.add(tile(s, Formats.stageWord(s), in));
      }
    }
    out.add(tile(null, "All stages", rows));
    return new Tiles(List.copyOf(out));
  }

  private static Tile tile(Stage stage, String title, List<Row> rows) {
    Map<Row.Status, Integer> counts = new EnumMap<>(Row.Status.class);
    for (Row.Status s : Row.Status.values()) {
      counts.put(s, 0);
    }
    Row most = null;
    for (Row r : rows) {
      counts.merge(r.status(), 1, Integer::sum);
      if (r.movement() != null
          && (most == null || Math.abs(r.movement()) > Math.abs(most.movement()))) {
        most = r;
      }
    }
    return new Tile(stage, title, counts, most);
  }
}
