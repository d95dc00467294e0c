package org.caseflow.compare.spc;

/**
 * Comparisons that treat values within a billionth (relative) as equal, so that a point "exactly on
 * a limit" is on it however the limit's arithmetic rounds.
 */
final class Tolerance {
  private static final double EPSILON = 1e-9;

  private Tolerance() {}

  /** Whether {@code a} is strictly above {@code b}. */
  static boolean above(double a, double b) {
    return a - b > EPSILON * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  /** Whether {@code a} is strictly below {@code b}. */
  static boolean below(double a, double b) {
    return above(b, a);
  }
}
