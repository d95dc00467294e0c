package org.caseflow.compare;

import org.caseflow.measure.Polarity;

/**
 * Red, amber or green against a target, given the polarity. Each status has a word and a symbol so
 * that colour is never the only carrier of meaning.
 */
public enum Rag {
  /** On or better than the target. */
  GREEN("On target", "●"),
  /** Short of the target by no more than the tolerance. */
  AMBER("Near target", "▲"),
  /** Short of the target by more than the tolerance. */
  RED("Off target", "■"),
  /**
   * A target applies but the denominator is under {@link Comparability#MIN_DENOMINATOR}: the figure
   * is shown, not rated.
   */
  TOO_FEW("Too few to rate", "◇"),
  /** No good or bad direction (contextual measure), or no value, or nothing comparable. */
  NONE("No rating", "–");

  private final String word;
  private final String symbol;

  Rag(String word, String symbol) {
    this.word = word;
    this.symbol = symbol;
  }

  /** The status in words. */
  public String word() {
    return word;
  }

  /** A symbol that does not rely on colour. */
  public String symbol() {
    return symbol;
  }

  /** Whether this is a judgement against a target (green, amber or red). */
  public boolean isRating() {
    return this == GREEN || this == AMBER || this == RED;
  }

  /**
   * Judges a figure: {@link #TOO_FEW} when a target applies but its denominator is under {@link
   * Comparability#MIN_DENOMINATOR}, else as {@link #judge(Double, Target, Polarity)}.
   */
  public static Rag of(org.caseflow.measure.Figure figure, Target target, Polarity polarity) {
    Rag r = judge(figure.value(), target, polarity);
    return r != NONE && Comparability.tooFew(figure) ? TOO_FEW : r;
  }

  /**
   * Judges a value: green on or better than the target, amber within the tolerance (the boundary
   * itself is amber), red beyond.
   */
  public static Rag judge(Double value, Target target, Polarity polarity) {
    if (value == null || target == null || polarity == Polarity.NONE) {
      return NONE;
    }
    double shortfall =
        polarity == Polarity.HIGH ? target.target() - value : value - target.target();
    // Compare at the precision figures are shown with, so 9.9999999 is not "short" of 10.
    shortfall = Math.round(shortfall * 1e9) / 1e9;
    if (shortfall <= 0) {
      return GREEN;
    }
    return shortfall <= target.tolerance() ? AMBER : RED;
  }
}
