package org.caseflow.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading values as the returns write them. Every method returns null for an empty value. */
public final class Values {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private Values() {}

  /** The value trimmed, or null when empty. */
  public static String text(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    return s.isEmpty() ? null : s;
  }

  /** A code: trimmed and upper-cased, or null when empty. */
  public static String code(String raw) {
    String s = text(raw);
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  /** An ISO date (yyyy-mm-dd, optionally with a time), or null; throws when unreadable. */
  public static LocalDate isoDate(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    if (s.length() > 10 && s.charAt(10) == 'T') {
      s = s.substring(0, 10);
    }
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      throw new DateTimeException("not yyyy-mm-dd");
    }
    return LocalDate.of(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /**
   * A date as dd/mm/yyyy (also d/m/yyyy), or as yyyy-mm-dd; null when empty; throws when
   * unreadable.
   *
   * @return the date, and whether it was written in the standard dd/mm/yyyy form
   */
  public static Parsed<LocalDate> ukDate(String raw) {
    String s = text(raw);
    if (s == null) {
      return new Parsed<>(null, true);
    }
    Matcher m = UK.matcher(s);
    if (m.matches()) {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
      return new Parsed<>(d, m.group(1).length() == 2 && m.group(2).length() == 2);
    }
    return new Parsed<>(isoDate(s), false);
  }

  /** A flag: true/false, 1/0, Y/N, yes/no; null when empty; throws when unreadable. */
  public static Boolean flag(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "1", "y", "yes" -> Boolean.TRUE;
      case "false", "0", "n", "no" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not a flag");
    };
  }

  /** A whole number; null when empty; throws when unreadable. */
  public static Integer integer(String raw) {
    String s = text(raw);
    if (s == null) {
      return null;
    }
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return Integer.valueOf(s);
  }

  /**
   * A value and whether it was in the standard form.
   *
   * @param value the value
   * @param standard whether the form was the standard one
   */
  public record Parsed<T>(T value, boolean standard) {}
}
