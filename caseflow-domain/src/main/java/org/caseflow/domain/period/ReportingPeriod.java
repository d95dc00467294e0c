package org.caseflow.domain.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period an indicator is measured over, both ends included.
 *
 * @param start the first day
 * @param end the last day: the reference date for snapshot measures
 * @param kind what sort of period it is
 * @param label how councils write it, e.g. {@code 2025-26-Q1}; a name only: two periods with the
 *     same start, end and kind are equal whatever their labels
 */
public record ReportingPeriod(LocalDate start, LocalDate end, Kind kind, String label) {

  /** The sorts of period. */
  public enum Kind {
    /** A financial year, 1 April to 31 March: the only kind comparable with DfE statistics. */
    FINANCIAL_YEAR,
    /** A quarter of a financial year: Q1 is April to June. */
    QUARTER,
    /** A calendar month. */
    MONTH,
    /** The twelve months ending with a calendar month. */
    ROLLING_12_MONTHS
  }

  /** The forms {@link #parse} accepts, for messages. */
  public static final String FORMS =
      "2024-25 (financial year), 2025-26-Q1 (quarter; Q1 = April to June), 2025-06 (month),"
          + " R12:2025-06 (12 months ending June 2025)";

  private static final Pattern FY = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern ROLLING = Pattern.compile("R12:(\\d{4})-(\\d{2})");

  public ReportingPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a period cannot end before it starts");
    }
  }

  /** Equal when the start, end and kind are: the label is a name, not part of the period. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingPeriod p
        && start.equals(p.start)
        && end.equals(p.end)
        && kind == p.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, kind);
  }

  /**
   * Reads a period as councils write it.
   *
   * @throws IllegalArgumentException with a message showing the accepted forms
   */
  public static ReportingPeriod parse(String text) {
    String t = text == null ? "" : text.strip();
    Matcher m = QUARTER.matcher(t);
    if (m.matches()) {
      CollectionYear fy = financialYear(t, m.group(1), m.group(2));
      int q = Integer.parseInt(m.group(3));
      LocalDate start = fy.start().plusMonths(3L * (q - 1));
      return new ReportingPeriod(start, start.plusMonths(3).minusDays(1), Kind.QUARTER, t);
    }
    m = ROLLING.matcher(t);
    if (m.matches()) {
      YearMonth ym = month(t, m.group(1), m.group(2));
      return new ReportingPeriod(
          ym.minusMonths(11).atDay(1), ym.atEndOfMonth(), Kind.ROLLING_12_MONTHS, t);
    }
    m = FY.matcher(t);
    if (m.matches()) {
      // 2024-25 is a financial year; 2025-06 a month. Where both readings are possible
      // (2010-11), the financial year wins: that is how committee papers write years.
      if ((Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2))) {
        CollectionYear fy = financialYear(t, m.group(1), m.group(2));
        return new ReportingPeriod(fy.start(), fy.end(), Kind.FINANCIAL_YEAR, fy.label());
      }
    }
    m = MONTH.matcher(t);
    if (m.matches()) {
      YearMonth ym = month(t, m.group(1), m.group(2));
      return new ReportingPeriod(ym.atDay(1), ym.atEndOfMonth(), Kind.MONTH, t);
    }
    throw new IllegalArgumentException(
        "'" + t + "' is not a period caseflow reads; expected one of: " + FORMS);
  }

  /** The financial year as a period. */
  public static ReportingPeriod of(CollectionYear year) {
    return new ReportingPeriod(year.start(), year.end(), Kind.FINANCIAL_YEAR, year.label());
  }

  /** The calendar month as a period. */
  public static ReportingPeriod of(YearMonth month) {
    return new ReportingPeriod(month.atDay(1), month.atEndOfMonth(), Kind.MONTH, month.toString());
  }

  /** Whether the date falls in the period, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** The number of whole months the period spans (1, 3 or 12). */
  public int months() {
    return switch (kind) {
      case MONTH -> 1;
      case QUARTER -> 3;
      case FINANCIAL_YEAR, ROLLING_12_MONTHS -> 12;
    };
  }

  private static CollectionYear financialYear(String t, String first, String second) {
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    if ((a + 1) % 100 != b) {
      throw new IllegalArgumentException(
          "'"
              + t
              + "' is not a financial year (the second year must follow the first); expected"
              + " one of: "
              + FORMS);
    }
    return new CollectionYear(a + 1);
  }

  private static YearMonth month(String t, String year, String month) {
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException(
          "'" + t + "' has no month " + month + "; expected one of: " + FORMS);
    }
    return YearMonth.of(Integer.parseInt(year), m);
  }
}
