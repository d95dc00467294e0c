package org.caseflow.compare.spc;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Formats;

/**
 * The chart in sentences, for the report's narrative and the dashboard: what the latest months say
 * ("seven months above the mean since June 2025: a change, not noise"), and what the reader must
 * know about the limits (provisional, a moving range left out, a rebase). The sentences give months
 * and counts of months, never a value, so they may be shown to any audience.
 */
public final class Facts {
  private Facts() {}

  /** A month as a committee writes it: "June 2025". */
  public static String month(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + m.getYear();
  }

  /** The sentences about the latest months, the most telling first (none without limits). */
  public static List<String> of(XmrChart c) {
    List<String> out = new ArrayList<>();
    Segment s = c.latest();
    if (s == null || !s.hasLimits()) {
      return out;
    }
    int last = lastValued(c);
    if (last < 0) {
      return out;
    }
    Point p = c.points().get(last);
    String end = p.isSpecial() ? ": a change, not noise" : "";
    String good = p.isSpecial() && p.judgement() != Judgement.NEUTRAL ? p.judgement().words() : "";
    if (p.signals().contains(Signal.OUTSIDE_LIMITS)) {
      out.add(
          month(p.month())
              + " was "
              + (p.high() ? "above the upper" : "below the lower")
              + " process limit"
              + end
              + tail(good));
    }
    if (p.signals().contains(Signal.SHIFT)) {
      int from = runStart(c, last, Signal.SHIFT);
      boolean high = p.value() > s.mean();
      out.add(
          capital(Formats.words(last - from + 1 - gaps(c, from, last)))
              + " months "
              + (high ? "above" : "below")
              + " the mean since "
              + month(c.points().get(from).month())
              + end
              + tail(good));
    }
    if (p.signals().contains(Signal.TREND)) {
      int from = runStart(c, last, Signal.TREND);
      boolean rising = c.points().get(from).value() < p.value();
      out.add(
          capital(Formats.words(last - from + 1 - gaps(c, from, last)))
              + " months in a row "
              + (rising ? "rising" : "falling")
              + " since "
              + month(c.points().get(from).month())
              + end
              + tail(good));
    }
    if (p.signals().contains(Signal.TWO_OF_THREE)) {
      out.add(
          "Two of the last three months were close to the "
              + (p.value() > s.mean() ? "upper" : "lower")
              + " process limit"
              + end
              + tail(good));
    }
    if (!p.isSpecial()) {
      out.add(
          month(p.month())
              + " is within the process limits and part of no run or trend: the movement from"
              + " month to month is noise, not a change");
    }
    if (c.assurance() != Assurance.NONE) {
      out.add("Against the target: " + c.assurance().alt());
    }
    out.addAll(notes(c));
    return out;
  }

  /** What the reader must know about the limits: rebases, moving ranges left out, provisional. */
  public static List<String> notes(XmrChart c) {
    List<String> out = new ArrayList<>();
    for (Segment s : c.segments()) {
      if (s.rebase() != null) {
        out.add(
            "Limits worked out afresh from "
                + month(s.from())
                + " (recorded by the council: "
                + s.rebase().reason()
                + ")");
      }
      if (!s.excluded().isEmpty()) {
        out.add(
            (s.excluded().size() == 1
                    ? "The moving range into " + month(s.excluded().get(0)) + " was"
                    : capital(Formats.words(s.excluded().size()))
                        + " moving ranges (into "
                        + String.join(", ", s.excluded().stream().map(Facts::month).toList())
                        + ") were")
                + " more than 3.267 times the mean moving range and left out of the limits");
      }
      if (s.hasLimits() && s.provisional()) {
        out.add(
            "Limits"
                + (c.segments().size() > 1 ? " from " + month(s.from()) : "")
                + " are provisional: "
                + Formats.words(s.baselinePoints())
                + " months so far, "
                + XmrRules.PROVISIONAL_BELOW
                + " needed");
      }
    }
    return out;
  }

  private static String tail(String good) {
    return good.isEmpty() ? "" : " (" + good + ")";
  }

  private static int lastValued(XmrChart c) {
    for (int i = c.points().size() - 1; i >= 0; i--) {
      if (c.points().get(i).value() != null) {
        return i;
      }
    }
    return -1;
  }

  /** The first point of the run of points with the signal that ends at {@code last}. */
  private static int runStart(XmrChart c, int last, Signal signal) {
    int from = last;
    for (int i = last - 1; i >= 0; i--) {
      Point q = c.points().get(i);
      if (q.value() == null) {
        continue;
      }
      if (!q.signals().contains(signal) || c.segmentOf(q.month()) != c.latest()) {
        break;
      }
      from = i;
    }
    return from;
  }

  private static int gaps(XmrChart c, int from, int to) {
    int n = 0;
    for (int i = from; i <= to; i++) {
      n += c.points().get(i).value() == null ? 1 : 0;
    }
    return n;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
