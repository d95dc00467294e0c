package org.caseflow.compare;

/**
 * A local target for one indicator.
 *
 * @param target the value to reach (or beat, given the polarity)
 * @param stretch an optional stronger target, or null
 * @param tolerance how far short of the target is still amber (in the indicator's units)
 * @param source where the target came from: the council's file, or the neighbour default
 */
public record Target(double target, Double stretch, double tolerance, String source) {
  public Target {
    if (tolerance < 0) {
      throw new IllegalArgumentException("a tolerance cannot be negative");
    }
  }
}
