package org.caseflow.synth;

import java.util.Locale;

/**
 * How clean the synthetic returns are: {@link #CLEAN} follows the DfE's rules; {@link #TYPICAL}
 * plants the errors real returns carry; {@link #MIGRATION} adds the fallout of a change of
 * case-management system. Every planted error is listed in {@code manifest.csv} (docs/synth.md).
 */
public enum Quality {
  /** Valid: the DfE's rules report no errors. */
  CLEAN,
  /** The errors real returns carry, at the rates in docs/synth.md. */
  TYPICAL,
  /** Typical, and the fallout of a change of case-management system. */
  MIGRATION;

  /** The quality named {@code clean}, {@code typical} or {@code migration}. */
  public static Quality parse(String name) {
    for (Quality q : values()) {
      if (q.name().equalsIgnoreCase(name.trim())) {
        return q;
      }
    }
    throw new IllegalArgumentException(
        "quality must be clean, typical or migration: " + name.toLowerCase(Locale.ROOT));
  }

  /** Its name as the command line takes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
