package org.caseflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseflow.compare.Suppression;
import org.caseflow.measure.Figure;

/**
 * What a councillor sees: the public report's suppression ({@link Suppression}), applied to the
 * dashboard's cells. Other roles see every number.
 */
final class Suppress {
  /** The mark shown instead of a suppressed figure. */
  static final String MARK = Suppression.MARK;

  private Suppress() {}

  /** Whether the figure's value must be hidden from a councillor. */
  static boolean value(Figure f) {
    return Suppression.figure(f).value().suppressed();
  }

  /** The figure's numerator as shown to the audience. */
  static String numerator(Figure f, boolean suppressed) {
    return suppressed && Suppression.figure(f).numerator().suppressed()
        ? MARK
        : Html.number(f.numerator());
  }

  /** The figure's denominator as shown to the audience. */
  static String denominator(Figure f, boolean suppressed) {
    return suppressed && Suppression.figure(f).denominator().suppressed()
        ? MARK
        : Html.number(f.denominator());
  }

  /** A count of children as shown to the audience. */
  static String count(Double count, boolean suppressed) {
    return suppressed && Suppression.isSmall(count) ? MARK : Html.number(count);
  }

  /**
   * A breakdown's counts then its total, as shown: with secondary suppression for councillors, so a
   * hidden count cannot be worked out from the total.
   */
  static List<String> breakdown(Map<String, Long> counts, boolean suppressed) {
    List<String> out = new ArrayList<>();
    if (!suppressed) {
      long total = 0;
      for (Long n : counts.values()) {
        out.add(Html.number(n == null ? 0.0 : n));
        total += n == null ? 0 : n;
      }
      out.add(Html.number((double) total));
      return out;
    }
    for (Suppression.Cell c : Suppression.breakdown(counts, "\u0000total").values()) {
      out.add(c.suppressed() ? MARK : Html.number(c.number()));
    }
    return out;
  }
}
