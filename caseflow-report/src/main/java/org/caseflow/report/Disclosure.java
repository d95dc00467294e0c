package org.caseflow.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.compare.Suppression;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Unit;

/**
 * What a report may show of a figure. The full version shows everything; the public version shows
 * counts of children or events from 1 to 5 as "c", with secondary suppression so a suppressed count
 * cannot be worked back from a total or a difference.
 */
final class Disclosure {
  private final boolean on;

  Disclosure(boolean publicVersion) {
    this.on = publicVersion;
  }

  boolean isPublic() {
    return on;
  }

  /** Whether a count is one the public version suppresses. */
  static boolean small(Double n) {
    return Suppression.isSmall(n);
  }

  /**
   * A figure as shown.
   *
   * @param value the value, or "c"
   * @param numerator the numerator, or "c" or "–"
   * @param denominator the denominator, or "c" or "–"
   * @param suppressed whether the value is suppressed
   */
  record Shown(String value, String numerator, String denominator, boolean suppressed) {}

  /**
   * A figure as the report may show it: in the public version, as {@link Suppression#figure}
   * decides (a count from 1 to 5, or a numerator with 1 to 5 children outside it, or a mean over 1
   * to 5 children, is shown as c with the value made from it).
   */
  Shown figure(Figure f) {
    Unit u = f.indicator().unit();
    Suppression.ShownFigure s =
        on
            ? Suppression.figure(f)
            : new Suppression.ShownFigure(
                Suppression.Cell.shown(f.value()),
                Suppression.Cell.shown(f.numerator()),
                Suppression.Cell.shown(f.denominator()));
    String num =
        u == Unit.MEDIAN
            ? Fmt.MISSING
            : s.numerator().suppressed()
                ? Fmt.SUPPRESSED
                : u == Unit.MEAN ? Fmt.value(f.numerator(), Unit.MEAN) : Fmt.count(f.numerator());
    String den = s.denominator().suppressed() ? Fmt.SUPPRESSED : Fmt.count(f.denominator());
    String value = s.value().suppressed() ? Fmt.SUPPRESSED : Fmt.value(f.value(), u);
    return new Shown(value, num, den, s.value().suppressed());
  }

  /** The value for a chart: null (a gap) when suppressed or missing. */
  Double chartValue(Figure f) {
    return figure(f).suppressed() ? null : f.value();
  }

  /**
   * Which cells of a breakdown and its total to hide: in the public version, as {@link
   * Suppression#breakdown} decides (cells from 1 to 5, and the next smallest when only one would be
   * hidden; all of them when the total is from 1 to 5). When members may fall in several
   * categories, the total shown is not the cells' sum: it is hidden, with every cell, when it is
   * from 1 to 5.
   *
   * @param cells the counts per category
   * @param total the total shown (the figure's numerator)
   * @return one flag per cell, then the total's flag last
   */
  boolean[] breakdown(List<Long> cells, long total) {
    boolean[] out = new boolean[cells.size() + 1];
    if (!on) {
      return out;
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      counts.put(Integer.toString(i), cells.get(i));
    }
    Map<String, Suppression.Cell> shown = Suppression.breakdown(counts, "total");
    for (int i = 0; i < cells.size(); i++) {
      out[i] = shown.get(Integer.toString(i)).suppressed();
    }
    long sum = cells.stream().mapToLong(Long::longValue).sum();
    out[cells.size()] =
        sum == total ? shown.get("total").suppressed() : Suppression.isSmall((double) total);
    if (out[cells.size()]) {
      for (int i = 0; i < cells.size(); i++) {
        out[i] |= cells.get(i) > 0;
      }
    }
    return out;
  }

  /**
   * Drops the part of a narrative sentence that would show a small whole number, as a public
   * version must not: "(4 against 7)" goes, the rest of the sentence stays. Null if nothing is
   * left.
   */
  String sentence(String s) {
    if (!on || !SMALL.matcher(s).find()) {
      return s;
    }
    int paren = s.indexOf(" (");
    if (paren > 0 && !SMALL.matcher(s.substring(0, paren)).find()) {
      return s.substring(0, paren);
    }
    return null;
  }

  /**
   * A whole number from 1 to 5 standing alone: not part of a larger number, a decimal or a code.
   */
  static final java.util.regex.Pattern SMALL =
      java.util.regex.Pattern.compile("(?<![\\w.,\\-/])[1-5](?![\\w%]|[.,]\\d)");
}
