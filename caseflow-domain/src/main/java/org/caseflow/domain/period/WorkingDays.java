package org.caseflow.domain.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England: Monday to Friday, excluding England and Wales bank holidays.
 *
 * <p>Bank holidays are computed from the statutory rules (New Year, Good Friday, Easter Monday,
 * early May, spring and summer bank holidays, Christmas and Boxing Day, with weekend substitutes)
 * plus the one-off changes by proclamation since 2011. No network is needed.
 *
 * <p>Durations follow DfE's convention: the number of working days after the start date up to and
 * including the end date, so an assessment started and authorised on the same day took 0.
 */
public final class WorkingDays {
  /** The first and last years the calendar covers. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2040;

  private WorkingDays() {}

  private static final java.util.Map<Integer, Set<LocalDate>> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** England and Wales bank holidays in the year. */
  public static Set<LocalDate> bankHolidays(int year) {
    return CACHE.computeIfAbsent(year, WorkingDays::compute);
  }

  private static Set<LocalDate> compute(int year) {
    Set<LocalDate> h = new TreeSet<>();
    h.add(substitute(LocalDate.of(year, 1, 1), Set.of()));
    LocalDate easter = easterSunday(year);
    h.add(easter.minusDays(2));
    h.add(easter.plusDays(1));
    h.add(firstMonday(year, Month.MAY));
    h.add(lastMonday(year, Month.MAY));
    h.add(lastMonday(year, Month.AUGUST));
    LocalDate christmas = LocalDate.of(year, 12, 25);
    LocalDate boxing = LocalDate.of(year, 12, 26);
    if (christmas.getDayOfWeek() == DayOfWeek.SATURDAY) {
      h.add(christmas.plusDays(2));
      h.add(boxing.plusDays(2));
    } else if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
      h.add(christmas.plusDays(2)); // Tuesday 27th; Boxing Day is Monday 26th
      h.add(boxing);
    } else if (boxing.getDayOfWeek() == DayOfWeek.SATURDAY) {
      h.add(christmas);
      h.add(boxing.plusDays(2));
    } else {
      h.add(christmas);
      h.add(boxing);
    }
    // One-off changes by royal proclamation.
    switch (year) {
      case 2002 -> {
        h.remove(lastMonday(2002, Month.MAY));
        h.add(LocalDate.of(2002, 6, 3)); // spring bank holiday moved
        h.add(LocalDate.of(2002, 6, 4)); // Golden Jubilee
      }
      case 2011 -> h.add(LocalDate.of(2011, 4, 29)); // royal wedding
      case 2012 -> {
        h.remove(lastMonday(2012, Month.MAY));
        h.add(LocalDate.of(2012, 6, 4)); // spring bank holiday moved
        h.add(LocalDate.of(2012, 6, 5)); // Diamond Jubilee
      }
      case 2020 -> {
        h.remove(firstMonday(2020, Month.MAY));
        h.add(LocalDate.of(2020, 5, 8)); // VE Day 75
      }
      case 2022 -> {
        h.remove(lastMonday(2022, Month.MAY));
        h.add(LocalDate.of(2022, 6, 2)); // spring bank holiday moved
        h.add(LocalDate.of(2022, 6, 3)); // Platinum Jubilee
        h.add(LocalDate.of(2022, 9, 19)); // state funeral of Queen Elizabeth II
      }
      case 2023 -> h.add(LocalDate.of(2023, 5, 8)); // coronation of King Charles III
      default -> {
        // no change
      }
    }
    return java.util.Collections.unmodifiableSet(h);
  }

  /** Whether the day is a working day. */
  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY
        && d != DayOfWeek.SUNDAY
        && !bankHolidays(day.getYear()).contains(day);
  }

  /**
   * Working days after {@code start} up to and including {@code end}: 0 on the same day, negative
   * if {@code end} is before {@code start}.
   */
  public static int between(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return -between(end, start);
    }
    int n = 0;
    int year = -1;
    Set<LocalDate> holidays = Set.of();
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (d.getYear() != year) {
        year = d.getYear();
        holidays = bankHolidays(year);
      }
      DayOfWeek w = d.getDayOfWeek();
      if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The date {@code n} working days after {@code day}; with {@code n = 0}, the day itself moved on
   * to the next working day if it is not one.
   */
  public static LocalDate plus(LocalDate day, int n) {
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Easter Sunday by the anonymous Gregorian algorithm. */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate substitute(LocalDate day, Set<LocalDate> taken) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY
        || d.getDayOfWeek() == DayOfWeek.SUNDAY
        || taken.contains(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static LocalDate firstMonday(int year, Month month) {
    LocalDate d = LocalDate.of(year, month, 1);
    while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static LocalDate lastMonday(int year, Month month) {
    LocalDate d = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
      d = d.minusDays(1);
    }
    return d;
  }
}
