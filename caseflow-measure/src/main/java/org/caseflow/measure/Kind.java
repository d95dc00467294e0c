package org.caseflow.measure;

/**
 * How an indicator's figure is presented, from what its file declares (never guessed from its SQL).
 */
public enum Kind {
  /** One value, judged against targets and benchmarks. */
  VALUE,
  /**
   * A count broken down by category ({@code breakdown:} with unit {@code COUNT}): the table of
   * categories is the figure; it has no target of its own.
   */
  BREAKDOWN,
  /**
   * A value judged like any other, with a table of its members by category beside it ({@code
   * breakdown:} with a unit other than {@code COUNT}, e.g. live caseload per worker by team).
   */
  VALUE_WITH_BREAKDOWN;

  /** Whether the figure has a table of categories. */
  public boolean hasBreakdown() {
    return this != VALUE;
  }

  /** Whether the figure has a value to judge (a target, a benchmark, a RAG). */
  public boolean hasValue() {
    return this != BREAKDOWN;
  }
}
