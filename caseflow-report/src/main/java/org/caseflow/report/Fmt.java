package org.caseflow.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Unit;

/** How the report writes numbers, periods and text: one place, so every format agrees. */
final class Fmt {
  /** What a suppressed cell shows, as DfE publishes it. */
  static final String SUPPRESSED = org.caseflow.compare.Suppression.MARK;

  /** What a missing value shows. */
  static final String MISSING = "–";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private static final String[] WORDS = {
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  private Fmt() {}

  /**
   * A value in its unit: counts as whole numbers with thousands separators, everything else with
   * one decimal place (so a percentage or rate is never mistaken for a count).
   */
  static String value(Double v, Unit unit) {
    if (v == null) {
      return MISSING;
    }
    return switch (unit) {
      case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
      case PERCENT -> String.format(Locale.ROOT, "%,.1f%%", v);
      default -> String.format(Locale.ROOT, "%,.1f", v);
    };
  }

  /** A count of children or events. */
  static String count(Double v) {
    return v == null ? MISSING : String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  /** A plain number with one decimal place, or a whole number for counts. */
  static String axis(double v, Unit unit) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  /** The unit in words, for table headers and chart descriptions. */
  static String unitWords(Unit unit) {
    return switch (unit) {
      case COUNT -> "count";
      case PERCENT -> "per cent";
      case RATIO -> "ratio";
      case RATE_PER_10K -> "per 10,000 children";
      case MEAN -> "mean";
      case MEDIAN -> "median";
    };
  }

  /** A small whole number in words ("three"), larger ones in figures. */
  static String words(long n) {
    return n >= 0 && n < WORDS.length ? WORDS[(int) n] : String.format(Locale.ROOT, "%,d", n);
  }

  /** The period as a committee writes it: "2025-26 Q4 (January to March 2026)". */
  static String period(ReportingPeriod p) {
    String months =
        p.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
            + (p.months() > 1
                ? " "
                    + (p.start().getYear() == p.end().getYear() ? "" : p.start().getYear() + " ")
                    + "to "
                    + p.end().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                : "")
            + " "
            + p.end().getYear();
    return p.label() + " (" + months + ")";
  }

  /** A month label for charts, e.g. "Mar 2026". */
  static String month(ReportingPeriod p) {
    return MONTH.format(p.start());
  }

  /**
   * Writes whole numbers from 1 to 5 standing alone as words ("fewer than 5 in the denominator"),
   * so that a note cannot be mistaken for a small count.
   */
  static String smallInWords(String s) {
    if (s == null) {
      return null;
    }
    java.util.regex.Matcher m = Disclosure.SMALL.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, WORDS[Integer.parseInt(m.group())]);
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Text safe inside XML element content and attribute values. */
  static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Characters XML 1.0 forbids are dropped rather than written.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** An id usable as an anchor and a bookmark target. */
  static String anchor(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
