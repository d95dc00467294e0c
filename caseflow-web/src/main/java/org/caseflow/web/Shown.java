package org.caseflow.web;

import org.caseflow.compare.Formats;
import org.caseflow.compare.Published;

/** A published cell as the dashboard shows it. Every number goes through {@link Formats}. */
public final class Shown {
  private Shown() {}

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
