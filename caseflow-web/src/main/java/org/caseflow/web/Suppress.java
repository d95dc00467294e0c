package org.caseflow.web;

import org.caseflow.measure.Figure;
import org.caseflow.measure.Unit;

/**
 * Suppression for councillors' views, as in the public report: a count from 1 to 5 is shown as "c",
 * and so is any value computed from one.
 */
final class Suppress {
  /** The mark shown instead of a suppressed figure. */
  static final String MARK = "c";

  private Suppress() {}

  /** Whether a count must be hidden. */
  static boolean small(Double count) {
    return count != null && count >= 1 && count <= 5;
  }

  /** Whether the figure's value must be hidden (its numerator or its count of members is small). */
  static boolean value(Figure f) {
    if (f.value() == null) {
      return false;
    }
    if (f.indicator().unit() == Unit.RATE_PER_10K) {
      return small(f.numerator());
    }
    return small(f.numerator()) || small(f.denominator());
  }

  /**
   * A breakdown's counts as shown: counts from 1 to 5 hidden, and when exactly one is hidden the
   * next smallest non-zero count too, so the total cannot reveal it.
   */
  static java.util.List<String> breakdown(java.util.Map<String, Long> counts, boolean suppressed) {
    java.util.List<Long> values = new java.util.ArrayList<>(counts.values());
    java.util.List<String> out = new java.util.ArrayList<>();
    boolean[] hide = new boolean[values.size()];
    int hidden = 0;
    for (int k = 0; k < values.size(); k++) {
      hide[k] = suppressed && small((double) values.get(k));
      hidden += hide[k] ? 1 : 0;
    }
    if (hidden == 1) {
      int next = -1;
      for (int k = 0; k < values.size(); k++) {
        if (!hide[k] && values.get(k) > 0 && (next < 0 || values.get(k) < values.get(next))) {
          next = k;
        }
      }
      if (next >= 0) {
        hide[next] = true;
      }
    }
    for (int k = 0; k < values.size(); k++) {
      out.add(hide[k] ? MARK : Html.number((double) values.get(k)));
    }
    return out;
  }

  /** A count as shown to the role. */
  static String count(Double count, boolean suppressed) {
    return suppressed && small(count) ? MARK : Html.number(count);
  }
}
