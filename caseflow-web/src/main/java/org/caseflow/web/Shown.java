package org.caseflow.web;

import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Published;

/**
 * The benchmark phrases the dashboard shows: the council's published position (from the shared
 * vocabulary, {@link org.caseflow.compare.Presentation}) and a published cell. Every number goes
 * through {@link Formats}.
 */
public final class Shown {
  private Shown() {}

  /** The council's published position among councils, as the shared vocabulary says it. */
  public static String position(Benchmark b, String year) {
    return org.caseflow.compare.Presentation.position(b, year);
  }

  /** A published cell: its value, or its mark (e.g. "x" or "c"). */
  public static String published(Published.Cell c) {
    if (c == null) {
      return Formats.MISSING;
    }
    if (c.value() != null) {
      return Formats.plain(c.value());
    }
    return c.mark() == null ? Formats.MISSING : c.mark();
  }
}
