package org.caseflow.ingest.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads the date forms found in 903 files, without regular expressions (it runs per value). */
final class Dates {
  /** How a date was written. */
  enum Form {
    /** dd/mm/yyyy, the CSV standard. */
    DMY,
    /** d/m/yyyy with one-digit day or month. */
    SHORT_DMY,
    /** yyyy-mm-dd, the XML standard. */
    ISO
  }

  private Dates() {}

  /** The form of a value {@link #parse} accepted. */
  static Form form(String s) {
    if (s.length() == 10 && s.charAt(4) == '-') {
      return Form.ISO;
    }
    return s.length() == 10 ? Form.DMY : Form.SHORT_DMY;
  }

  /** The date, or null if the value is not a date in a form caseflow accepts. */
  static LocalDate parse(String s) {
    int n = s.length();
    int y;
    int m;
    int d;
    int a = s.indexOf('/');
    if (a > 0) {
      int b = s.indexOf('/', a + 1);
      if (b < 0 || a > 2 || b - a - 1 > 2 || n - b - 1 != 4) {
        return null;
      }
      d = digits(s, 0, a);
      m = digits(s, a + 1, b);
      y = digits(s, b + 1, n);
    } else if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      y = digits(s, 0, 4);
      m = digits(s, 5, 7);
      d = digits(s, 8, 10);
    } else {
      return null;
    }
    if (d < 0 || m < 0 || y < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
