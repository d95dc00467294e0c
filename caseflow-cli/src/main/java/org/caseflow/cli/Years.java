package org.caseflow.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.domain.period.CollectionYear;

/** Reads collection years as councils write them. */
final class Years {
  private static final Pattern FY = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern END = Pattern.compile("\\d{4}");

  private Years() {}

  /** {@code 2024-25} or {@code 2025}, both meaning 1 April 2024 to 31 March 2025. */
  static CollectionYear parse(String text) {
    Matcher m = FY.matcher(text.strip());
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
        throw new IllegalArgumentException(
            "'" + text + "' is not a financial year; expected e.g. 2024-25");
      }
      return new CollectionYear(start + 1);
    }
    if (END.matcher(text.strip()).matches()) {
      return new CollectionYear(Integer.parseInt(text.strip()));
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a collection year; expected e.g. 2024-25 (or 2025, its end)");
  }
}
