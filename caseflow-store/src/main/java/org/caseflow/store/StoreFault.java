package org.caseflow.store;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The faults of a store's disk or file that a person can put right, recognised from an exception's
 * cause chain (types, SQL states and the engines' wording). The messages read are never repeated: a
 * database's message may quote a value.
 */
public enum StoreFault {
  /** The disk holding the store (or its temporary files) is full. */
  DISK_FULL("the disk holding the store is full; free some space and try again"),
  /** Another process holds the DuckDB file. */
  IN_USE(
      "the store is in use by another caseflow process (a running dashboard?); stop it or use"
          + " a copy");

  private final String advice;

  StoreFault(String advice) {
    this.advice = advice;
  }

  /** What to tell the person, in plain words. */
  public String advice() {
    return advice;
  }

  /** The fault behind an exception, or null when it is none of these. */
  public static StoreFault of(Throwable e) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    return of(e, seen);
  }

  private static StoreFault of(Throwable e, Map<Throwable, Boolean> seen) {
    for (Throwable t = e; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof StoreInUseException) {
        return IN_USE;
      }
      if (t instanceof java.sql.SQLException sql && "53100".equals(sql.getSQLState())) {
        return DISK_FULL; // PostgreSQL's disk_full
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("no space left on device")
          || m.contains("disk full")
          || m.contains("not enough space on the disk")
          || (m.contains("could not write")
              && !m.contains("permission denied")
              && !m.contains("read-only file system"))
          || m.contains("could not extend file")) {
        return DISK_FULL;
      }
      if (m.contains("could not set lock on file") || m.contains("conflicting lock is held")) {
        return IN_USE;
      }
      for (Throwable s : t.getSuppressed()) {
        StoreFault f = of(s, seen);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }
}
