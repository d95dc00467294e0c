package org.caseflow.report;

import java.util.ArrayList;
import java.util.List;
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
    return n != null && n >= 1 && n <= 5;
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
   * A figure as the report may show it. A count numerator from 1 to 5 is suppressed with the value;
   * so is a numerator whose difference from its denominator is 1 to 5 (the children outside it); a
   * denominator of members from 1 to 5 suppresses the lot. A population denominator is never small.
   */
  Shown figure(Figure f) {
    Unit u = f.indicator().unit();
    boolean countNumerator = u == Unit.COUNT || u == Unit.PERCENT || u == Unit.RATE_PER_10K;
    boolean memberDenominator = u == Unit.PERCENT || u == Unit.MEAN || u == Unit.MEDIAN;
    Double n = f.numerator();
    Double d = f.denominator();
    boolean hideD = on && memberDenominator && small(d);
    boolean hideN =
        on
            && (hideD
                || countNumerator && small(n)
                || countNumerator && memberDenominator && n != null && d != null && small(d - n));
    boolean hideValue = hideN || hideD;
    String num =
        u == Unit.MEDIAN
            ? Fmt.MISSING
            : hideN ? Fmt.SUPPRESSED : u == Unit.MEAN ? Fmt.value(n, Unit.MEAN) : Fmt.count(n);
    String den = d == null ? Fmt.MISSING : hideD ? Fmt.SUPPRESSED : Fmt.count(d);
    String value = hideValue ? Fmt.SUPPRESSED : Fmt.value(f.value(), u);
    return new Shown(value, num, den, hideValue);
  }

  /** The value for a chart: null (a gap) when suppressed or missing. */
  Double chartValue(Figure f) {
    return figure(f).suppressed() ? null : f.value();
  }

  /**
   * A breakdown and its total as shown. Cells from 1 to 5 are suppressed; when that leaves exactly
   * one suppressed cell beside a shown total, the smallest other non-zero cell is suppressed too,
   * so the first cannot be found by subtraction. A total from 1 to 5 suppresses every cell.
   *
   * @param cells the counts per category
   * @param total the total of the cells
   * @return which cells to suppress, then the total's flag last
   */
  boolean[] breakdown(List<Long> cells, long total) {
    boolean[] out = new boolean[cells.size() + 1];
    if (!on) {
      return out;
    }
    if (total >= 1 && total <= 5) {
      for (int i = 0; i < cells.size(); i++) {
        out[i] = cells.get(i) > 0;
      }
      out[cells.size()] = true;
      return out;
    }
    List<Integer> hidden = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) >= 1 && cells.get(i) <= 5) {
        out[i] = true;
        hidden.add(i);
      }
    }
    if (hidden.size() == 1) {
      int best = -1;
      for (int i = 0; i < cells.size(); i++) {
        if (!out[i] && cells.get(i) > 0 && (best < 0 || cells.get(i) < cells.get(best))) {
          best = i;
        }
      }
      if (best >= 0) {
        out[best] = true;
      } else {
        out[cells.size()] = true;
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
