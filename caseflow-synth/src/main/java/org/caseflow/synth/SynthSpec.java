package org.caseflow.synth;

import java.util.Objects;

/**
 * What to synthesise.
 *
 * @param la the council's 3-digit DfE code, e.g. {@code 808} for Stockton-on-Tees
 * @param fromYear the first collection year, named by its end (2025 = 2024-25)
 * @param toYear the last collection year, included
 * @param seed the random seed: the same spec gives byte-identical files
 * @param scale multiplies the council's published volumes (1 = as published)
 * @param ssda903Xml also write each year's SSDA903 in its XML form
 * @param quality clean (valid), typical (the errors real returns carry) or migration
 */
public record SynthSpec(
    String la,
    int fromYear,
    int toYear,
    long seed,
    double scale,
    boolean ssda903Xml,
    Quality quality) {
  public SynthSpec {
    Objects.requireNonNull(la, "la");
    Objects.requireNonNull(quality, "quality");
    if (!la.matches("\\d{3}")) {
      throw new IllegalArgumentException("la must be a 3-digit DfE code: " + la);
    }
    if (fromYear < 2014 || toYear > 2030 || toYear < fromYear) {
      throw new IllegalArgumentException(
          "years must run from 2014 to 2030: " + fromYear + "-" + toYear);
    }
    if (!(scale > 0) || scale > 100) {
      throw new IllegalArgumentException("scale must be above 0 and at most 100: " + scale);
    }
  }

  /** A clean spec: returns the DfE's rules report no errors on. */
  public SynthSpec(
      String la, int fromYear, int toYear, long seed, double scale, boolean ssda903Xml) {
    this(la, fromYear, toYear, seed, scale, ssda903Xml, Quality.CLEAN);
  }

  /** Stockton-on-Tees, the five years to 2024-25, at its published size. */
  public static SynthSpec stockton(long seed) {
    return new SynthSpec("808", 2021, 2025, seed, 1.0, false);
  }
}
