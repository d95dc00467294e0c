package org.caseflow.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;

/**
 * Working days: Monday to Friday except England and Wales bank holidays, from the rules plus the
 * one-off changes (2011 royal wedding, 2012 jubilee, 2020 VE day, 2022 jubilee and state funeral,
 * 2023 coronation).
 */
final class WorkingDays {
  private static final int FIRST = 2000;
  private static final int LAST = 2045;
  private static final LocalDate BASE = LocalDate.of(FIRST, 1, 1);
  private static final BitSet HOLIDAYS = build();

  private WorkingDays() {}

  static boolean isWorkingDay(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
      return false;
    }
    long i = d.toEpochDay() - BASE.toEpochDay();
    return i < 0 || i >= HOLIDAYS.length() || !HOLIDAYS.get((int) i);
  }

  /** The date n working days after the date (n = 0: the date itself, moved on to a working day). */
  static LocalDate plus(LocalDate d, int n) {
    LocalDate x = d;
    int left = n;
    while (left > 0) {
      x = x.plusDays(1);
      if (isWorkingDay(x)) {
        left--;
      }
    }
    while (!isWorkingDay(x)) {
      x = x.plusDays(1);
    }
    return x;
  }

  /** Working days after start up to and including end (same day = 0). */
  static int between(LocalDate start, LocalDate end) {
    int n = 0;
    for (LocalDate x = start.plusDays(1); !x.isAfter(end); x = x.plusDays(1)) {
      if (isWorkingDay(x)) {
        n++;
      }
    }
    return n;
  }

  static List<LocalDate> holidays(int year) {
    return holidaysOf(year);
  }

  private static BitSet build() {
    BitSet b = new BitSet();
    for (int y = FIRST; y <= LAST; y++) {
      for (LocalDate d : holidaysOf(y)) {
        b.set((int) (d.toEpochDay() - BASE.toEpochDay()));
      }
    }
    return b;
  }

  private static List<LocalDate> holidaysOf(int y) {
    java.util.ArrayList<LocalDate> h = new java.util.ArrayList<>();
    h.add(substitute(LocalDate.of(y, 1, 1)));
    LocalDate easter = easterSunday(y);
    h.add(easter.minusDays(2));
    h.add(easter.plusDays(1));
    LocalDate earlyMay =
        LocalDate.of(y, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    if (y == 2020) {
      earlyMay = LocalDate.of(2020, 5, 8);
    }
    if (y == 1995) {
      earlyMay = LocalDate.of(1995, 5, 8);
    }
    h.add(earlyMay);
    LocalDate spring = LocalDate.of(y, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    if (y == 2002) {
      spring = LocalDate.of(2002, 6, 4);
      h.add(LocalDate.of(2002, 6, 3));
    } else if (y == 2012) {
      spring = LocalDate.of(2012, 6, 4);
      h.add(LocalDate.of(2012, 6, 5));
    } else if (y == 2022) {
      spring = LocalDate.of(2022, 6, 2);
      h.add(LocalDate.of(2022, 6, 3));
      h.add(LocalDate.of(2022, 9, 19));
    }
    h.add(spring);
    if (y == 2011) {
      h.add(LocalDate.of(2011, 4, 29));
    }
    if (y == 2023) {
      h.add(LocalDate.of(2023, 5, 8));
    }
    h.add(LocalDate.of(y, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = LocalDate.of(y, Month.DECEMBER, 25);
    LocalDate boxing = LocalDate.of(y, Month.DECEMBER, 26);
    switch (christmas.getDayOfWeek()) {
      case SATURDAY -> {
        h.add(christmas.plusDays(2));
        h.add(boxing.plusDays(2));
      }
      case SUNDAY -> {
        h.add(christmas.plusDays(1));
        h.add(boxing.plusDays(1));
      }
      case FRIDAY -> {
        h.add(christmas);
        h.add(boxing.plusDays(2));
      }
      default -> {
        h.add(christmas);
        h.add(boxing);
      }
    }
    return h;
  }

  private static LocalDate substitute(LocalDate d) {
    return switch (d.getDayOfWeek()) {
      case SATURDAY -> d.plusDays(2);
      case SUNDAY -> d.plusDays(1);
      default -> d;
    };
  }

  /** Anonymous Gregorian computus. */
  private static LocalDate easterSunday(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
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
    return LocalDate.of(y, month, day);
  }
}
