package org.caseflow.web.scorecard;

import org.caseflow.compare.Rag;
import org.caseflow.measure.Stage;
import org.caseflow.web.Markup;

/**
 * One indicator's row on the scorecard, written as the audience sees it.
 *
 * @param order its place in the catalogue (the process model's order)
 * @param id the indicator's id
 * @param name its name
 * @param stage its stage
 * @param value its value
 * @param previous the previous period's value
 * @param rag its status
 * @param target the target, or "none"
 * @param england England's published value
 * @param neighbours the statistical neighbours' mean
 * @param position the council's published position
 * @param change the movement since the previous period, as a verb (c when suppressed)
 * @param changed whether it moved since the previous period (up, down, better or worse)
 * @param movement the size of the move relative to the previous value, or null when it did not move
 *     or either value is not shown
 * @param trend the sparkline, with its scale
 * @param trendText the trend in words (the exports' column)
 * @param dots the dot plot of the council among England, its neighbours and the target
 */
record Row(
    int order,
    String id,
    String name,
    Stage stage,
    String value,
    String previous,
    Rag rag,
    String target,
    String england,
    String neighbours,
    String position,
    String change,
    boolean changed,
    Double movement,
    Markup trend,
    String trendText,
    Markup dots) {

  /** The status group a filter and a tile count it in. */
  Status status() {
    return Status.of(rag);
  }

  /** How the clinic groups statuses: red, amber, green, or not rated (too few, or no rating). */
  enum Status {
    RED("red", "off target"),
    AMBER("amber", "near target"),
    GREEN("green", "on target"),
    UNRATED("unrated", "not rated");

    private final String key;
    private final String words;

    Status(String key, String words) {
      this.key = key;
      this.words = words;
    }

    String key() {
      return key;
    }

    String words() {
      return words;
    }

    static Status of(Rag rag) {
      return switch (rag) {
        case RED -> RED;
        case AMBER -> AMBER;
        case GREEN -> GREEN;
        case TOO_FEW, NONE -> UNRATED;
      };
    }

    /** The status a query names, or null for any. */
    static Status parse(String key) {
      for (Status s : values()) {
        if (s.key.equals(key)) {
          return s;
        }
      }
      return null;
    }
  }
}
