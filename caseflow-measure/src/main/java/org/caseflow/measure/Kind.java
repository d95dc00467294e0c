package org.caseflow.measure;

/**
 * How an indicator's figure is presented, from what its file declares (never guessed from its SQL).
 */
public enum Kind {
  /** One value, judged against targets and benchmarks. */
  VALUE,
  /**
   * Members broken down by category ({@code breakdown:}, and {@code kind: breakdown} by default):
   * the table of categories is the figure; it has no target of its own.
   */
  BREAKDOWN,
  /**
   * A value judged like any other, with a table of its members by category beside it ({@code kind:
   * value-with-breakdown}, e.g. live caseload per worker by team).
   */
  VALUE_WITH_BREAKDOWN;

  /** The header value, e.g. {@code value-with-breakdown}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static Kind parse(String file, String value) {
    for (Kind k : values()) {
      if (k.key().equals(value.strip())) {
        return k;
      }
    }
    throw new IllegalStateException(
        file + ": kind '" + value + "' is not one of value, breakdown, value-with-breakdown");
  }

  /** Whether the figure has a table of categories. */
  public boolean hasBreakdown() {
    return this != VALUE;
  }

  /** Whether the figure has a value to judge (a target, a benchmark, a RAG). */
  public boolean hasValue() {
    return this != BREAKDOWN;
  }
}
