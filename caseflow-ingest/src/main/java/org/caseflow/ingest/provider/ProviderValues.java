package org.caseflow.ingest.provider;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.ingest.annexa.CellValue;

/** Turns the cells of a provider list into canonical values. */
final class ProviderValues {
  static final String EXPECTED_DATE = "a date: an Excel date, or text as dd/mm/yyyy or yyyy-mm-dd";
  static final String EXPECTED_INTEGER = "a whole number";

  private static final Pattern DMY =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T].*)?");
  private static final Pattern YMD =
      Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[ T].*)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})[ -,]*(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(?:\\.\\d+)?");

  private ProviderValues() {}

  /** The date a (non-empty) cell holds, or null when it cannot be read as one. */
  static LocalDate date(CellValue cell, boolean date1904) {
    if (cell.number() != null) {
      return serial(cell.number(), date1904);
    }
    String t = cell.text().strip();
    if (SERIAL.matcher(t).matches()) {
      return serial(new BigDecimal(t), date1904);
    }
    return textDate(t, true);
  }

  /** The date a text is, or (when {@code whole} is false) the first date written in it, or null. */
  static LocalDate textDate(String t, boolean whole) {
    try {
      Matcher m = DMY.matcher(t);
      if (whole ? m.matches() : m.find()) {
        return LocalDate.of(
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1)));
      }
      m = YMD.matcher(t);
      if (whole ? m.matches() : m.find()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
      m = DAY_MONTH_YEAR.matcher(t);
      while (whole ? m.matches() : m.find()) {
        Integer month = month(m.group(2));
        if (month != null) {
          return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        }
        if (whole) {
          break;
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /**
   * An Excel serial day number as a date (1900 or 1904 system); only dates from 1910 to 2199 are
   * taken.
   */
  static LocalDate serial(BigDecimal number, boolean date1904) {
    if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(200_000)) > 0) {
      return null;
    }
    long days = number.longValue();
    LocalDate date =
        date1904
            ? LocalDate.of(1904, 1, 1).plusDays(days)
            : LocalDate.of(1899, 12, 30).plusDays(days);
    return date.getYear() < 1910 || date.getYear() > 2199 ? null : date;
  }

  /** A whole number, or null when the cell is not one. */
  static Integer integer(CellValue cell) {
    BigDecimal n = cell.number();
    try {
      if (n == null) {
        n = new BigDecimal(cell.text().strip().replace(",", ""));
      }
      return n.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** A URN as the SSDA903 return writes it: upper-case, without spaces. */
  static String urn(CellValue cell) {
    return cell.text().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** A postcode upper-case, with single spaces. */
  static String postcode(CellValue cell) {
    return cell.text().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("sept")) {
      return 9;
    }
    for (Month month : Month.values()) {
      String full = month.name().toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() == 3 && full.startsWith(n))) {
        return month.getValue();
      }
    }
    return null;
  }
}
