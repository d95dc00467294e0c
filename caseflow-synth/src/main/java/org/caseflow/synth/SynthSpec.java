package org.caseflow.synth;

/**
 * What to synthesise.
 *
 * @param la the council's 3-digit DfE code, whose published figures calibrate the volumes
 * @param fromYear the first collection year, named by its end (2025 is 2024-25)
 * @param toYear the last collection year
 * @param seed the random seed: the same spec gives byte-identical files
 * @param scale a multiplier on every volume (1 is the council's own size)
 * @param ssda903Xml also write each year's SSDA903 return as XML
 */
public record SynthSpec(
    String la, int fromYear, int toYear, long seed, double scale, boolean ssda903Xml) {
  public SynthSpec {
    if (!la.matches("\\d{3}")) {
      throw new IllegalArgumentException("'" + la + "' is not a 3-digit DfE council code");
    }
    if (toYear < fromYear) {
      throw new IllegalArgumentException("the last year is before the first");
    }
    if (!(scale > 0) || scale > 100) {
      throw new IllegalArgumentException("scale must be above 0 and at most 100");
    }
  }
}
