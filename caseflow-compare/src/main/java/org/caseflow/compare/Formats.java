package org.caseflow.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Stage;
import org.caseflow.measure.Unit;

/**
 * How caseflow writes numbers, dates, periods, units and stage titles: one vocabulary for the
 * report, the dashboard, the command line and the narrative sentences, so that they cannot say the
 * same figure in different ways.
 *
 * <ul>
 *   <li>A count: whole, with thousands separators ({@code 1,234}).
 *   <li>A percentage: one decimal place and the sign ({@code 12.3%}).
 *   <li>A rate, ratio, mean or median: one decimal place with separators ({@code 1,234.5}).
 *   <li>Money: pounds, whole, with separators ({@code £722,581}; {@code -£1,200}).
 *   <li>A missing value: an en dash; a suppressed one: {@code c}, as DfE publishes it.
 * </ul>
 */
public final class Formats {
  /** What a missing value shows. */
  public static final String MISSING = "–";

  /** What a suppressed cell shows, as DfE publishes it. */
  public static final String SUPPRESSED = Suppression.MARK;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final String[] WORDS = {
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  /**
   * A whole number from 1 to 5 standing alone: not part of a larger number, a decimal or a code.
   */
  public static final Pattern SMALL = Pattern.compile("(?<![\\w.,\\-/£])[1-5](?![\\w%]|[.,]\\d)");

  private Formats() {}

  /** An indicator's value (or target, or benchmark) as a table cell shows it. */
  public static String value(Double v, Indicator i) {
    if (v != null && IndicatorKind.money(i)) {
      return money(v);
    }
    return value(v, i.unit());
  }

  /** A value in its unit, as a table cell shows it. */
  public static String value(Double v, Unit unit) {
    if (v == null) {
      return MISSING;
    }
    return switch (unit) {
      case COUNT -> count(v);
      case PERCENT -> percent(v);
      default -> decimal(v);
    };
  }

  /** A value as a sentence says it: with "per 10,000" after a rate. */
  public static String phrase(double v, Unit unit) {
    return unit == Unit.RATE_PER_10K ? value(v, unit) + " per 10,000" : value(v, unit);
  }

  /** A value as a sentence says it, in the indicator's unit (pounds for money). */
  public static String phrase(double v, Indicator i) {
    return IndicatorKind.money(i) ? money(v) : phrase(v, i.unit());
  }

  /** A count of children, events or workers: whole, with thousands separators. */
  public static String count(Double v) {
    return v == null ? MISSING : String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  /** A percentage with one decimal place. */
  public static String percent(Double v) {
    return v == null ? MISSING : String.format(Locale.ROOT, "%,.1f%%", v);
  }

  /** A number with one decimal place and thousands separators. */
  public static String decimal(Double v) {
    return v == null ? MISSING : String.format(Locale.ROOT, "%,.1f", v);
  }

  /** Pounds, whole, with thousands separators. */
  public static String money(Double v) {
    if (v == null) {
      return MISSING;
    }
    long pounds = Math.round(v);
    return (pounds < 0 ? "-£" : "£") + String.format(Locale.ROOT, "%,d", Math.abs(pounds));
  }

  /** A plain number for a chart axis: whole when it is whole, else one decimal place. */
  public static String plain(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  /** A plain number ({@link #plain}), or a dash when there is none. */
  public static String plainOrMissing(Double v) {
    return v == null ? MISSING : plain(v);
  }

  /** The unit in words, for table headers and chart descriptions. */
  public static String unitWords(Unit unit) {
    return switch (unit) {
      case COUNT -> "count";
      case PERCENT -> "per cent";
      case RATIO -> "ratio";
      case RATE_PER_10K -> "per 10,000 children";
      case MEAN -> "mean";
      case MEDIAN -> "median";
    };
  }

  /** The indicator's unit in words ("pounds" for money). */
  public static String unitWords(Indicator i) {
    return IndicatorKind.money(i) ? "pounds" : unitWords(i.unit());
  }

  /** A small whole number in words ("three"), larger ones in figures. */
  public static String words(long n) {
    return n >= 0 && n < WORDS.length ? WORDS[(int) n] : String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * Writes whole numbers from 1 to 5 standing alone as words ("counts for three month(s)"), so that
   * a note cannot be mistaken for a small count.
   */
  public static String smallInWords(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = SMALL.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, WORDS[Integer.parseInt(m.group())]);
    }
    m.appendTail(b);
    return b.toString();
  }

  /** A date as a committee writes it: "21 July 2022". */
  public static String date(LocalDate d) {
    return d == null ? MISSING : DATE.format(d);
  }

  /**
   * A period by its own name, worked out from its start, end and kind (whatever label it was made
   * with): "2024-25", "2025-26-Q4", "2025-06", "R12:2025-06", as {@link ReportingPeriod#parse}
   * reads them.
   */
  public static String label(ReportingPeriod p) {
    return switch (p.kind()) {
      case FINANCIAL_YEAR -> org.caseflow.domain.period.CollectionYear.containing(p.end()).label();
      case QUARTER ->
          org.caseflow.domain.period.CollectionYear.containing(p.start()).label()
              + "-Q"
              + ((p.start().getMonthValue() + 8) % 12 / 3 + 1);
      case MONTH -> java.time.YearMonth.from(p.start()).toString();
      case ROLLING_12_MONTHS -> "R12:" + java.time.YearMonth.from(p.end());
    };
  }

  /** The period under its own name ({@link #label}). */
  public static ReportingPeriod named(ReportingPeriod p) {
    return new ReportingPeriod(p.start(), p.end(), p.kind(), label(p));
  }

  /** The period as a committee writes it: "2025-26-Q4 (January to March 2026)". */
  public static String period(ReportingPeriod p) {
    return p.label() + " (" + months(p) + ")";
  }

  /** The months a period spans: "January to March 2026", "April 2025 to March 2026", "May 2025". */
  public static String months(ReportingPeriod p) {
    return p.start().getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + (p.months() > 1
            ? " "
                + (p.start().getYear() == p.end().getYear() ? "" : p.start().getYear() + " ")
                + "to "
                + p.end().getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
            : "")
        + " "
        + p.end().getYear();
  }

  /**
   * A period in words, as a paper's title says it: "quarter 4, 2025-26", "2025-26" (a financial
   * year), "February 2025", "the 12 months to February 2025"; never a label like 2025-26-Q4.
   */
  public static String periodInWords(ReportingPeriod p) {
    java.time.YearMonth end = java.time.YearMonth.from(p.end());
    String month = end.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + end.getYear();
    return switch (p.kind()) {
      case FINANCIAL_YEAR -> org.caseflow.domain.period.CollectionYear.containing(p.end()).label();
      case QUARTER ->
          "quarter "
              + ((p.start().getMonthValue() + 8) % 12 / 3 + 1)
              + ", "
              + org.caseflow.domain.period.CollectionYear.containing(p.start()).label();
      case MONTH -> month;
      case ROLLING_12_MONTHS -> "the 12 months to " + month;
    };
  }

  /**
   * The period as "this ..." in a sentence about its change on the one before: "this quarter",
   * "this month", "this year", "in the latest 12 months".
   */
  public static String thisPeriod(ReportingPeriod p) {
    return switch (p.kind()) {
      case FINANCIAL_YEAR -> "this year";
      case QUARTER -> "this quarter";
      case MONTH -> "this month";
      case ROLLING_12_MONTHS -> "in the latest 12 months";
    };
  }

  /** A month label for charts, e.g. "Mar 2026". */
  public static String month(ReportingPeriod p) {
    return MONTH.format(p.start());
  }

  /** A stage's title, as section headings say it. */
  public static String stageTitle(Stage s) {
    return switch (s) {
      case INPUTS -> "Inputs: demand at the front door";
      case PROCESSES -> "Processes: timeliness and quality of statutory work";
      case OUTPUTS -> "Outputs: children in need, protection, care and leaving care";
      case WORKFORCE -> "Workforce: social workers, caseloads, agency staff and vacancies";
      case FINANCE -> "Finance: budget, outturn and unit costs";
      case LOCAL -> "Local measures: NRPF families, exploitation risk, foster carers, early help";
    };
  }

  /** A stage's short name, for table cells and the summary. */
  public static String stageWord(Stage s) {
    return switch (s) {
      case INPUTS -> "Inputs";
      case PROCESSES -> "Processes";
      case OUTPUTS -> "Outputs";
      case WORKFORCE -> "Workforce";
      case FINANCE -> "Finance";
      case LOCAL -> "Local measures";
    };
  }
}
