package org.caseflow.compare.spc;

/**
 * The variation icon of "Making Data Count": what the latest point says. The icon is decided by the
 * latest month with a value: special cause when that month is part of a signal, common cause when
 * it is not.
 */
public enum Variation {
  /** The latest point is part of no signal. */
  COMMON_CAUSE("common_cause", "Common cause", "common cause variation: no significant change"),
  /** A signal on the high side, and high is good. */
  IMPROVING_HIGH(
      "improving_high", "Improving", "special cause variation: improvement, higher values"),
  /** A signal on the low side, and low is good. */
  IMPROVING_LOW("improving_low", "Improving", "special cause variation: improvement, lower values"),
  /** A signal on the high side, and high is bad. */
  CONCERNING_HIGH(
      "concerning_high", "Concerning", "special cause variation: concern, higher values"),
  /** A signal on the low side, and low is bad. */
  CONCERNING_LOW("concerning_low", "Concerning", "special cause variation: concern, lower values"),
  /** A signal on the high side of an indicator with no good side. */
  NEITHER_HIGH(
      "neither_high", "Higher", "special cause variation: higher values, neither good nor bad"),
  /** A signal on the low side of an indicator with no good side. */
  NEITHER_LOW(
      "neither_low", "Lower", "special cause variation: lower values, neither good nor bad"),
  /** Too few months with a value to draw limits. */
  NONE("none", "No chart", "too few months with a value for a chart");

  private final String code;
  private final String word;
  private final String alt;

  Variation(String code, String word, String alt) {
    this.code = code;
    this.word = word;
    this.alt = alt;
  }

  /** The name in JSON and CSV, e.g. {@code concerning_high}. */
  public String code() {
    return code;
  }

  /** The word printed under the icon. */
  public String word() {
    return word;
  }

  /** The icon's text alternative, a whole phrase. */
  public String alt() {
    return alt;
  }

  /** Whether this is a special-cause variation. */
  public boolean isSpecial() {
    return this != COMMON_CAUSE && this != NONE;
  }

  static Variation of(boolean high, Judgement j) {
    return switch (j) {
      case IMPROVEMENT -> high ? IMPROVING_HIGH : IMPROVING_LOW;
      case CONCERN -> high ? CONCERNING_HIGH : CONCERNING_LOW;
      case NEUTRAL -> high ? NEITHER_HIGH : NEITHER_LOW;
    };
  }
}
