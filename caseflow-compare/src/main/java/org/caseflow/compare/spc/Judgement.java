package org.caseflow.compare.spc;

import org.caseflow.measure.Polarity;

/** What a signal means for the indicator, by its polarity. */
public enum Judgement {
  /** The signal is on the good side. */
  IMPROVEMENT("improvement"),
  /** The signal is on the bad side. */
  CONCERN("concern"),
  /** The indicator has no good side (a contextual measure). */
  NEUTRAL("neither improvement nor concern");

  private final String words;

  Judgement(String words) {
    this.words = words;
  }

  /** The judgement in words. */
  public String words() {
    return words;
  }

  /** The judgement of a signal on the high side ({@code high}) or the low side. */
  public static Judgement of(boolean high, Polarity polarity) {
    return switch (polarity) {
      case HIGH -> high ? IMPROVEMENT : CONCERN;
      case LOW -> high ? CONCERN : IMPROVEMENT;
      case NONE -> NEUTRAL;
    };
  }
}
