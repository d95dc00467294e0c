package org.caseflow.web;

import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Published;

/**
 * The two benchmark phrases the dashboard shows that the shared vocabulary ({@link Formats}, {@link
 * org.caseflow.compare.Presentation}) has no word for: the council's published position and a
 * published cell. Every number goes through {@link Formats}.
 */
public final class Shown {
  private Shown() {}

  /** The council's published position among councils. */
  public static String position(Benchmark b) {
    if (b == null) {
      return "No published comparison";
    }
    StringBuilder s = new StringBuilder();
    if (b.rank() != null) {
      s.append("Rank ").append(b.rank()).append(" of ").append(b.ranked());
    }
    if (b.band() != null) {
      s.append(s.length() > 0 ? ", " : "").append("band ").append(b.band());
    }
    s.append(s.length() > 0 ? " " : "").append("(").append(b.year()).append(")");
    return s.toString();
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
