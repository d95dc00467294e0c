package org.caseflow.compare;

import org.caseflow.measure.Polarity;

/** Direction of travel between two values, respecting polarity. */
public enum Direction {
  /** Moved the good way. */
  IMPROVED("improved"),
  /** Moved the bad way. */
  WORSENED("worsened"),
  /** Went up (contextual measure). */
  UP("rose"),
  /** Went down (contextual measure). */
  DOWN("fell"),
  /** No change at the shown precision (one decimal place). */
  UNCHANGED("was unchanged"),
  /**
   * One of the figures has a denominator under {@link Comparability#MIN_DENOMINATOR}: no direction
   * is given.
   */
  TOO_FEW("too few to rate"),
  /** One of the values is missing. */
  UNKNOWN("cannot be compared");

  private final String verb;

  Direction(String verb) {
    this.verb = verb;
  }

  /** The verb for sentences, e.g. {@code improved}. */
  public String verb() {
    return verb;
  }

  /**
   * From one figure to another: {@link #TOO_FEW} when either has a denominator under {@link
   * Comparability#MIN_DENOMINATOR}, else as {@link #of(Double, Double, Polarity)}.
   */
  public static Direction between(
      org.caseflow.measure.Figure before, org.caseflow.measure.Figure now, Polarity polarity) {
    Direction d = of(before.value(), now.value(), polarity);
    return d != UNKNOWN && (Comparability.tooFew(before) || Comparability.tooFew(now))
        ? TOO_FEW
        : d;
  }

  /**
   * From {@code before} to {@code now}: a fall in re-referrals (polarity low) is an improvement.
   */
  public static Direction of(Double before, Double now, Polarity polarity) {
    if (before == null || now == null) {
      return UNKNOWN;
    }
    long a = Math.round(before * 10);
    long b = Math.round(now * 10);
    if (a == b) {
      return UNCHANGED;
    }
    boolean up = b > a;
    return switch (polarity) {
      case HIGH -> up ? IMPROVED : WORSENED;
      case LOW -> up ? WORSENED : IMPROVED;
      case NONE -> up ? UP : DOWN;
    };
  }
}
