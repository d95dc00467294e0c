package org.caseflow.compare;

/**
 * Whether the returns loaded for a council cover the whole period a figure is measured over.
 *
 * @param state whole, part or none of the period
 * @param warning a plain warning to show beside the figure, or null when the period is covered
 */
public record Coverage(State state, String warning) {

  /** How much of the period the loaded returns cover. */
  public enum State {
    /** The whole period (for a snapshot, its last day). */
    WHOLE,
    /** Part of it: the figure counts only what the loaded returns hold. */
    PART,
    /** None of it: any figure comes from history recorded in other years' returns, if at all. */
    NONE
  }

  /** A period the loaded returns cover. */
  public static final Coverage WHOLE = new Coverage(State.WHOLE, null);

  /** Whether the loaded returns cover the whole period. */
  public boolean isWhole() {
    return state == State.WHOLE;
  }
}
