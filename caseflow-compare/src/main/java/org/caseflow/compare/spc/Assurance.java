package org.caseflow.compare.spc;

import org.caseflow.measure.Polarity;

/**
 * The assurance icon of "Making Data Count": whether the process, as its limits describe it, will
 * meet the target. Meeting a target includes reaching it exactly (a target of 90% is met by 90%),
 * so for an indicator where higher is better a target at or below the lower limit is consistently
 * met, and one strictly above the upper limit is consistently missed; the reverse where lower is
 * better.
 */
public enum Assurance {
  /** Every value the limits allow meets the target. */
  CONSISTENTLY_MET("met", "Consistently met", "the target is consistently met"),
  /** No value the limits allow meets the target. */
  CONSISTENTLY_MISSED("missed", "Consistently missed", "the target is consistently missed"),
  /** The target lies within the limits: it is met some months and missed others by chance. */
  HIT_AND_MISS(
      "hit_and_miss",
      "Hit and miss",
      "hit and miss: the target lies within the process limits and will be met some months"
          + " and missed others"),
  /** No target, no good side, or no limits to judge it against. */
  NONE("none", "No target", "no assurance: no target to judge");

  private final String code;
  private final String word;
  private final String alt;

  Assurance(String code, String word, String alt) {
    this.code = code;
    this.word = word;
    this.alt = alt;
  }

  /** The name in JSON and CSV, e.g. {@code hit_and_miss}. */
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

  /** The target against the limits, by polarity. */
  public static Assurance of(Double target, double lower, double upper, Polarity polarity) {
    if (target == null || polarity == Polarity.NONE) {
      return NONE;
    }
    double t = target;
    if (polarity == Polarity.HIGH) {
      return !Tolerance.above(t, lower)
          ? CONSISTENTLY_MET
          : Tolerance.above(t, upper) ? CONSISTENTLY_MISSED : HIT_AND_MISS;
    }
    return !Tolerance.below(t, upper)
        ? CONSISTENTLY_MET
        : Tolerance.below(t, lower) ? CONSISTENTLY_MISSED : HIT_AND_MISS;
  }
}
