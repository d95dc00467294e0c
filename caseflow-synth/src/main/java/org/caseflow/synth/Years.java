package org.caseflow.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One collection year as the returns see it: its window and the codes valid in it. */
final class Years {
  static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  final int year;
  final LocalDate start;
  final LocalDate end;

  Years(int year) {
    this.year = year;
    this.start = LocalDate.of(year - 1, 4, 1);
    this.end = LocalDate.of(year, 3, 31);
  }

  /** The date if it has happened by the year end, else null (not yet known to the return). */
  LocalDate known(LocalDate d) {
    return d == null || d.isAfter(end) ? null : d;
  }

  boolean in(LocalDate d) {
    return d != null && !d.isBefore(start) && !d.isAfter(end);
  }

  /** A span starting on start and ending on end (null = open) touches the year. */
  boolean overlaps(LocalDate s, LocalDate e) {
    return s != null && !s.isAfter(end) && (e == null || !e.isBefore(start));
  }

  static String uk(LocalDate d) {
    return d == null ? "" : d.format(UK);
  }

  static String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  String place(String code, int seq) {
    if (code == null) {
      return null;
    }
    if ((code.equals("H5") || code.equals("P2")) && year >= 2025) {
      return "K3";
    }
    if (code.equals("K3") && year < 2025) {
      return "H5";
    }
    if (code.equals("Z1") && year >= 2026) {
      return "Z1" + (1 + Math.floorMod(seq, 4));
    }
    if (code.startsWith("Z1") && code.length() == 3 && year < 2026) {
      return "Z1";
    }
    return code;
  }

  String sex903(char sex) {
    return year < 2025 ? (sex == 'M' ? "1" : sex == 'F' ? "2" : "0") : String.valueOf(sex);
  }

  String source(String s) {
    return year < 2023 && "5D".equals(s) ? "5A" : s;
  }

  String closure(String rc) {
    return year < 2023 && "RC9".equals(rc) ? "RC8" : rc;
  }

  List<String> factors(List<String> in) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : in) {
      String g = f;
      if (year < 2021 && (f.equals("18B") || f.equals("18C"))) {
        g = "18A";
      } else if (year < 2021 && (f.equals("19B") || f.equals("19C"))) {
        g = "19A";
      } else if (year < 2022 && f.equals("24A")) {
        g = "20";
      }
      out.add(g);
    }
    return List.copyOf(out);
  }

  /** OC3 activity codes: F3/P3 until 2020-21, apprenticeship and training split after. */
  String activity(String a) {
    if (year < 2022) {
      if (a.equals("F4") || a.equals("F5")) {
        return "F3";
      }
      if (a.equals("P4") || a.equals("P5")) {
        return "P3";
      }
    }
    return a;
  }
}
