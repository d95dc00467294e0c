package org.caseflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;

/**
 * The checks every command makes of a council code, a period and a targets file, with the same
 * messages.
 */
final class Inputs {
  private Inputs() {}

  /** The period, or null after telling the user what forms are accepted. */
  static ReportingPeriod period(String command, String text) {
    try {
      return ReportingPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow " + command + ": " + e.getMessage());
      return null;
    }
  }

  /** Whether the council code is a 3-digit DfE code; if not, says so. */
  static boolean council(String command, String la) {
    if (la != null && la.matches("\\d{3}")) {
      return true;
    }
    System.err.println("caseflow " + command + ": '" + la + "' is not a 3-digit DfE council code");
    return false;
  }

  /**
   * The returns loaded for a council that DfE publishes figures for or that has returns in the
   * store, or null after saying why not: an unknown council, a council with nothing loaded, or a
   * period no loaded return overlaps (the callers exit 2).
   */
  static org.caseflow.compare.LoadedReturns loaded(
      String command, org.caseflow.store.Store store, String la, ReportingPeriod period)
      throws java.sql.SQLException {
    var loaded = org.caseflow.compare.LoadedReturns.of(store.connection(), la);
    boolean published =
        org.caseflow.compare.Published.bundled().area(la).filter(a -> isCouncil(la)).isPresent();
    if (loaded.isEmpty()) {
      System.err.println(
          "caseflow "
              + command
              + ": "
              + (published
                  ? "no returns are loaded for council " + la + " in " + store.description()
                  : "council "
                      + la
                      + " is unknown: DfE publishes no figures for it and no"
                      + " returns are loaded for it"));
      return null;
    }
    if (period != null && !loaded.anyOverlapping(period)) {
      System.err.println(
          "caseflow "
              + command
              + ": no return loaded for council "
              + la
              + " covers "
              + period.label()
              + " (loaded: "
              + loaded.describe()
              + ")");
      return null;
    }
    return loaded;
  }

  /** Prints one plain warning per kind of gap, naming the indicators it affects. */
  static void coverageWarnings(
      String command, java.util.Map<String, org.caseflow.compare.Coverage> byIndicator) {
    java.util.Map<String, java.util.List<String>> byWarning = new java.util.LinkedHashMap<>();
    byIndicator.forEach(
        (id, c) -> {
          if (c != null && !c.isWhole()) {
            byWarning.computeIfAbsent(c.warning(), w -> new java.util.ArrayList<>()).add(id);
          }
        });
    byWarning.forEach(
        (w, ids) ->
            System.err.println(
                "caseflow " + command + ": warning: " + w + ": " + String.join(", ", ids)));
  }

  private static boolean isCouncil(String la) {
    return Integer.parseInt(la) < 970;
  }

  /**
   * The local targets in the file (none when no file is given), or null after saying why the file
   * cannot be read.
   */
  static Targets targets(String command, Path file) {
    try {
      return file == null ? Targets.none() : Targets.load(file);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("caseflow " + command + ": " + e.getMessage());
      return null;
    }
  }
}
