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
