package org.caseflow.web.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caseflow.measure.Stage;

/**
 * What the clinic asked the scorecard for, from the query string (so every filter works without
 * script and can be bookmarked or exported as it is).
 *
 * @param stage the stage, or null for every stage
 * @param status the status group, or null for any
 * @param offTarget only red and amber
 * @param changed only those that moved since the previous period
 * @param search words the id or name must contain, or empty
 * @param sort the order
 * @param list the short list's name, "all" for every indicator, or null for the person's default
 */
record Query(
    Stage stage,
    Row.Status status,
    boolean offTarget,
    boolean changed,
    String search,
    Sort sort,
    String list) {

  /** The longest search or list name read. */
  static final int MAX = 80;

  /** The orders offered. */
  enum Sort {
    CATALOGUE("catalogue", "Process model (inputs to outputs)"),
    STATUS("status", "Status, off target first"),
    MOVED("moved", "Biggest move first"),
    NAME("name", "Name, A to Z");

    private final String key;
    private final String words;

    Sort(String key, String words) {
      this.key = key;
      this.words = words;
    }

    String key() {
      return key;
    }

    String words() {
      return words;
    }

    static Sort parse(String key) {
      for (Sort s : values()) {
        if (s.key.equals(key)) {
          return s;
        }
      }
      return CATALOGUE;
    }
  }

  /** Every indicator, in the catalogue's order. */
  static final Query ALL = new Query(null, null, false, false, "", Sort.CATALOGUE, null);

  /** Reads a query from its parameters (unknown values read as "any"). */
  static Query parse(java.util.function.Function<String, String> param) {
    Stage stage = null;
    String s = param.apply("stage");
    for (Stage st : Stage.values()) {
      if (st.name().toLowerCase(Locale.ROOT).equals(s)) {
        stage = st;
      }
    }
    String list = clip(param.apply("list"));
    return new Query(
        stage,
        Row.Status.parse(param.apply("status")),
        "on".equals(param.apply("off")),
        "on".equals(param.apply("changed")),
        clip(param.apply("q")),
        Sort.parse(param.apply("sort")),
        list.isEmpty() ? null : list);
  }

  private static String clip(String s) {
    String v = s == null ? "" : s.strip();
    return v.length() > MAX ? v.substring(0, MAX) : v;
  }

  /** Whether the query narrows or orders anything (a plain visit opens the default list). */
  boolean plain() {
    return stage == null
        && status == null
        && !offTarget
        && !changed
        && search.isEmpty()
        && sort == Sort.CATALOGUE
        && list == null;
  }

  /** The stage's key, or "". */
  String stageKey() {
    return stage == null ? "" : stage.name().toLowerCase(Locale.ROOT);
  }

  /** The rows in the list (null: every row) that pass the filters, in the order asked for. */
  List<Row> select(List<Row> rows, List<String> shortList) {
    Set<String> in = shortList == null ? null : Set.copyOf(shortList);
    String needle = search.toLowerCase(Locale.ROOT);
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      if (in != null && !in.contains(r.id())) {
        continue;
      }
      if (stage != null && r.stage() != stage) {
        continue;
      }
      if (status != null && r.status() != status) {
        continue;
      }
      if (offTarget && r.status() != Row.Status.RED && r.status() != Row.Status.AMBER) {
        continue;
      }
      if (changed && !r.changed()) {
        continue;
      }
      if (!needle.isEmpty()
          && !(r.id() + " " + r.name()).toLowerCase(Locale.ROOT).contains(needle)) {
        continue;
      }
      out.add(r);
    }
    out.sort(order(shortList));
    return out;
  }

  private Comparator<Row> order(List<String> shortList) {
    Comparator<Row> catalogue =
        shortList == null
            ? Comparator.comparingInt(Row::order)
            : Comparator.comparingInt(r -> shortList.indexOf(r.id()));
    return switch (sort) {
      case CATALOGUE -> catalogue;
      case STATUS ->
          Comparator.comparingInt((Row r) -> r.status().ordinal()).thenComparing(catalogue);
      case MOVED ->
          Comparator.comparing(
                  (Row r) -> r.movement() == null ? -1.0 : Math.abs(r.movement()),
                  Comparator.reverseOrder())
              .thenComparing(catalogue);
      case NAME ->
          Comparator.comparing((Row r) -> r.name().toLowerCase(Locale.ROOT)).thenComparing(Row::id);
    };
  }
}
