package org.caseflow.compare.spc;

/** The special-cause rules, in the order they are tested and shown. */
public enum Signal {
  /** A point beyond a process limit (strictly outside: a point on a limit is not). */
  OUTSIDE_LIMITS("outside_limits", "a point beyond a process limit"),
  /** A run of points (7, or 6 when so configured) all on one side of the mean. */
  SHIFT("shift", "a run of points on one side of the mean"),
  /** Seven points in a row, each higher (or each lower) than the one before. */
  TREND("trend", "seven points in a row rising or falling"),
  /**
   * Two of three consecutive points beyond two-thirds of the way from the mean to a limit, on the
   * same side.
   */
  TWO_OF_THREE("two_of_three", "two of three points close to a limit");

  private final String code;
  private final String words;

  Signal(String code, String words) {
    this.code = code;
    this.words = words;
  }

  /** The name in JSON and CSV, e.g. {@code outside_limits}. */
  public String code() {
    return code;
  }

  /** The rule in words, for keys and text alternatives. */
  public String words() {
    return words;
  }
}
