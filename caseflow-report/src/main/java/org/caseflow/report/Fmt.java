package org.caseflow.report;

import java.util.Locale;
import org.caseflow.compare.Formats;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Unit;

/**
 * The report's text helpers. Numbers, periods, units and words come from the shared vocabulary
 * ({@link Formats}), so the report writes every figure as the dashboard and the command line do;
 * what is the report's own is XML escaping and anchors.
 */
final class Fmt {
  /** What a suppressed cell shows, as DfE publishes it. */
  static final String SUPPRESSED = Formats.SUPPRESSED;

  /** What a missing value shows. */
  static final String MISSING = Formats.MISSING;

  private Fmt() {}

  /** An indicator's value (or target, or benchmark) in its unit. */
  static String value(Double v, Indicator i) {
    return Formats.value(v, i);
  }

  /** A value in a unit. */
  static String value(Double v, Unit unit) {
    return Formats.value(v, unit);
  }

  /** A count of children or events. */
  static String count(Double v) {
    return Formats.count(v);
  }

  /** A plain number for an axis. */
  static String axis(double v, Unit unit) {
    return Formats.plain(v);
  }

  /** The unit in words. */
  static String unitWords(Indicator i) {
    return Formats.unitWords(i);
  }

  /** A small whole number in words. */
  static String words(long n) {
    return Formats.words(n);
  }

  /** The period as a committee writes it. */
  static String period(ReportingPeriod p) {
    return Formats.period(p);
  }

  /** A month label for charts. */
  static String month(ReportingPeriod p) {
    return Formats.month(p);
  }

  /** Small whole numbers standing alone, in words. */
  static String smallInWords(String s) {
    return Formats.smallInWords(s);
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
